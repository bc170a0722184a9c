// Mistake: zero padding with padStart on the whole signed text. The zeros land in front of the
// sign: "%05d" % -42 gives "00-42" where CPython gives "-0042".
import { CONVERSIONS } from "../internal/conversions.ts";
import type { Converter } from "../internal/directive.ts";
import { render } from "../internal/render.ts";

export { demo } from "../percent-format.ts";

const padded =
  (convert: Converter): Converter =>
  (value, directive) => {
    const text = convert(value, directive);
    const { flags, width } = directive;
    return flags.has("0") && !flags.has("-") ? text.padStart(width, "0") : text;
  };

/** `template % values`, zero-padding before the sign. */
export function percentFormat(template: string, values: unknown): string {
  const { d, i, u, f } = CONVERSIONS;
  return render(template, values, {
    ...CONVERSIONS,
    d: padded(d),
    i: padded(i),
    u: padded(u),
    f: padded(f),
  });
}
