// Mistake: rounding floats with toFixed / toExponential. Both round the exact binary value but
// break an exact tie upwards where CPython rounds it half to even ((2 ** -8).toFixed(7) is
// "0.0039063", CPython's format(2**-8, ".7f") is "0.0039062"), and toFixed switches to exponent
// form from 1e21 ("1e+21" instead of 22 digits and a fraction).
import { formatFloat as referenceFormat } from "../format-float.ts";

export { demo, reprFloat } from "../format-float.ts";

const SIMPLE = /^\.(\d{1,3})([fFeE%])$/;

// JS writes "1.5e+3"; Python wants at least two exponent digits: "1.5e+03".
const pythonExponent = (text: string) => text.replace(/e([+-])(\d)$/, "e$10$2");

export function formatFloat(x: number, spec = ""): string {
  const [, digits, type] = SIMPLE.exec(spec) ?? [];
  const p = Number(digits);
  if (digits === undefined || p > 100 || !Number.isFinite(x)) return referenceFormat(x, spec);
  switch (type) {
    case "f":
    case "F":
      return x.toFixed(p);
    case "%":
      return `${(x * 100).toFixed(p)}%`;
    case "E":
      return pythonExponent(x.toExponential(p)).toUpperCase();
    default:
      return pythonExponent(x.toExponential(p));
  }
}
