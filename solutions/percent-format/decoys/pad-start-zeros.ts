// Mistake: zero padding with padStart on the whole signed text. The zeros land in front of the
// sign: "%05d" % -42 gives "00-42" where CPython gives "-0042".
import { CONVERSIONS, integer, real } from "../internal/conversions.ts";
import type { Converter } from "../internal/directive.ts";
import { render } from "../internal/render.ts";

export { demo } from "../percent-format.ts";

const padded =
  (convert: Converter): Converter =>
  (value, directive) => {
    const { flags, width } = directive;
    if (!flags.has("0") || flags.has("-")) return convert(value, directive);
    return convert(value, { ...directive, width: -1 }).padStart(width, "0");
  };

/** `template % values`, zero-padding before the sign. */
export function percentFormat(template: string, values: unknown): string {
  return render(template, values, {
    ...CONVERSIONS,
    d: padded(integer),
    i: padded(integer),
    u: padded(integer),
    f: padded(real),
  });
}
