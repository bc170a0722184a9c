// Mistake: %s and %r with JavaScript's own conversions, String() and JSON.stringify(). They
// print true, null, 1 and "a" where Python prints True, None, 1.0 and 'a'.
import { CONVERSIONS, layoutText } from "../internal/conversions.ts";
import { render } from "../internal/render.ts";

export { demo } from "../percent-format.ts";

/** `template % values`, with JavaScript's string conversions. */
export function percentFormat(template: string, values: unknown): string {
  return render(template, values, {
    ...CONVERSIONS,
    s: (value, directive) => layoutText(String(value), directive),
    r: (value, directive) => layoutText(JSON.stringify(value) ?? String(value), directive),
  });
}
