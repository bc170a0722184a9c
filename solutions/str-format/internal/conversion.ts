import { PyError, repr, str } from "../../format-spec/format-spec.ts";

const hex = (cp: number, digits: number) => cp.toString(16).padStart(digits, "0");

/** Python's `ascii()`: repr with every non-ASCII code point escaped, `ascii("é")` is `'\\xe9'`. */
export function ascii(value: unknown): string {
  return repr(value).replace(/[^\0-\x7f]/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
    return cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  });
}

const CONVERSIONS = { r: repr, s: str, a: ascii } satisfies Record<string, (v: unknown) => string>;
type Conversion = keyof typeof CONVERSIONS;

const isConversion = (c: string): c is Conversion => Object.hasOwn(CONVERSIONS, c);

/** Applies `!r`, `!s` or `!a` ("" leaves the value alone): `convert("a", "r")` is `'a'`. */
export function convert(value: unknown, conversion: string): unknown {
  if (conversion === "") return value;
  if (isConversion(conversion)) return CONVERSIONS[conversion](value);
  // CPython prints the code as %c only inside printable ASCII, otherwise as \x%x.
  const cp = conversion.codePointAt(0) ?? 0;
  const shown = cp > 32 && cp < 127 ? conversion : `\\x${cp.toString(16)}`;
  throw new PyError("ValueError", `Unknown conversion specifier ${shown}`);
}
