import { PyError } from "../../format-spec/format-spec.ts";
import { ArgumentCursor } from "./arguments.ts";
import type { Converter } from "./directive.ts";
import { parseDirective } from "./parse.ts";

// CPython shows the character when it is printable ASCII and '?' otherwise, and counts the
// index in code points.
function unsupported(template: string, at: number): PyError {
  const cp = template.codePointAt(at) ?? 0;
  const shown = cp >= 31 && cp <= 126 ? String.fromCodePoint(cp) : "?";
  const index = Array.from(template.slice(0, at)).length;
  return new PyError(
    "ValueError",
    `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
  );
}

/** `template % values` with the given conversions: one pass, left to right, as CPython. */
export function render(
  template: string,
  values: unknown,
  conversions: Readonly<Record<string, Converter>>,
): string {
  const args = new ArgumentCursor(values);
  let out = "";
  let from = 0;
  for (let at = template.indexOf("%"); at >= 0; at = template.indexOf("%", from)) {
    out += template.slice(from, at);
    if (template.charAt(at + 1) === "%") {
      out += "%";
      from = at + 2;
      continue;
    }
    const [directive, end] = parseDirective(template, at + 1, args);
    // CPython takes the value before it looks at the conversion: "%y" % () is a TypeError.
    const value = args.next();
    const convert = Object.hasOwn(conversions, directive.conversion)
      ? conversions[directive.conversion]
      : undefined;
    if (convert === undefined) throw unsupported(template, end - 1);
    out += convert(value, directive);
    from = end;
  }
  args.finish();
  return out + template.slice(from);
}
