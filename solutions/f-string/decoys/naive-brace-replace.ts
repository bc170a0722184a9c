// Mistake: no parser. The parts are joined with regular expressions: a suffix is matched with
// /^\{(![rsa])?(?::([^{}]*))?\}/ and "{{"/"}}" are replaced afterwards, so lone braces slip
// through as text instead of raising SyntaxError, and a nested ${} in a spec is never seen.
import { format, repr, str } from "#kata/format-spec";
import { demo } from "../f-string.ts";

export { demo };

const SUFFIX = /^\{(?:!([rsa]))?(?::([^{}]*))?\}/;
const CONVERT: Readonly<Record<string, (value: unknown) => string>> = { r: repr, s: str, a: repr };

const halveBraces = (text: string) => text.replaceAll("{{", "{").replaceAll("}}", "}");

export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = halveBraces(strings[0] ?? "");
  values.forEach((value, i) => {
    const part = strings[i + 1] ?? "";
    const match = part.startsWith("{{") ? null : SUFFIX.exec(part);
    const convert = CONVERT[match?.[1] ?? ""];
    const converted = convert === undefined ? value : convert(value);
    out += format(converted, match?.[2] ?? "");
    out += halveBraces(match ? part.slice(match[0].length) : part);
  });
  return out;
}
