// Mistake: grouping the fractional digits as the integer part is grouped, from the right. Python
// 3.14 groups the fraction by three from the point: format(1.23456, ".4_f") is "1.234_6", not
// "1.2_346"; only a fraction whose length is a multiple of three comes out the same.
import { formatFloat as referenceFormat } from "../format-float.ts";

export { demo, reprFloat } from "../format-float.ts";

const FRACTION_GROUPING = /^(.*\.\d*)([,_])([a-zA-Z%]?)$/u;

export function formatFloat(x: number, spec = ""): string {
  const match = FRACTION_GROUPING.exec(spec);
  if (match === null) return referenceFormat(x, spec);
  const [, head = "", separator = "", type = ""] = match;
  // "._f" is the default precision, grouped: without the grouping it is "f", not ".f".
  const plain = referenceFormat(x, head.replace(/\.$/, "") + type);
  return plain.replace(/\.(\d+)/, (_, fraction: string) => {
    const groups: string[] = [];
    for (let end = fraction.length; end > 0; end -= 3)
      groups.unshift(fraction.slice(Math.max(0, end - 3), end));
    return `.${groups.join(separator)}`;
  });
}
