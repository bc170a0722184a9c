import { format, PyError, pyTypeName, repr, str } from "../../format-spec/format-spec.ts";
import { type Converter, type Directive, INT_MAX } from "./directive.ts";

/**
 * Text (%s %r %a %c) is cut to the precision and padded with spaces, counted in code points:
 * format() of a str does both, with `>` since % right-aligns by default: `"%5s" % "ab"` is "   ab".
 */
export function layoutText(text: string, { flags, width, precision }: Directive, cut = true) {
  const kept = cut && precision >= 0 ? `.${precision}` : "";
  return format(text, `${flags.has("-") ? "<" : ">"}${width > 0 ? width : ""}${kept}`);
}

/**
 * A number is `head` (its sign and `#` prefix) then `body` (its digits): zero padding goes
 * between them, space padding before them, and `-` (which beats `0`) pads on the right.
 * `layoutNumber("-", "42", %05d)` is "-0042", `layoutNumber("-", "42", %5d)` is "  -42".
 */
export function layoutNumber(head: string, body: string, { flags, width }: Directive): string {
  const padding = Math.max(0, width - head.length - body.length);
  if (flags.has("-")) return head + body + " ".repeat(padding);
  return flags.has("0") ? head + "0".repeat(padding) + body : " ".repeat(padding) + head + body;
}

const sign = (negative: boolean, flags: ReadonlySet<string>) =>
  negative ? "-" : flags.has("+") ? "+" : flags.has(" ") ? " " : "";

const hex = (cp: number, digits: number) => cp.toString(16).padStart(digits, "0");

/** Python's ascii(): repr() with every non-ASCII character escaped. */
function ascii(value: unknown): string {
  return repr(value).replace(/[\u0080-\u{10ffff}]/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  });
}

function char(value: unknown): string {
  const type = pyTypeName(value);
  const refused = "%c requires an int or a unicode character, not";
  if (typeof value === "string") {
    const length = Array.from(value).length;
    if (length !== 1) throw new PyError("TypeError", `${refused} a string of length ${length}`);
    return value;
  }
  if (type !== "int" && type !== "bool") throw new PyError("TypeError", `${refused} ${type}`);
  const cp = Number(value);
  if (cp < 0 || cp > 0x10ffff) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(cp);
}

// %d truncates a float as int() does; %o %x %X refuse it, as they use __index__.
function toInteger(value: unknown, conversion: string): bigint {
  const type = pyTypeName(value);
  if (type === "int" || type === "bool") return BigInt(value as number | bigint | boolean);
  const decimal = "diu".includes(conversion);
  if (type === "float" && decimal) {
    const x = typeof value === "number" ? value : (value as { value: number }).value;
    if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) {
      throw new PyError("OverflowError", "cannot convert float infinity to integer");
    }
    // A bigint has no negative zero: Python's int(-0.5) is 0.
    return BigInt(Math.trunc(x));
  }
  const wanted = decimal ? "a real number" : "an integer";
  throw new PyError("TypeError", `%${conversion} format: ${wanted} is required, not ${type}`);
}

// 'i' and 'u' are old aliases of 'd'; `#` adds a prefix to o x X only.
const TYPES: Readonly<Record<string, string>> = { d: "d", i: "d", u: "d", o: "o", x: "x", X: "X" };
const PREFIXES: Readonly<Record<string, string>> = { o: "0o", x: "0x", X: "0X" };

/**
 * %d %i %u %o %x %X. Unlike format(), a precision on an int is the minimum number of digits:
 * `"%.3d" % 7` is "007", `"%#06x" % 255` is "0x00ff".
 */
export function integer(value: unknown, directive: Directive): string {
  const { flags, precision, conversion } = directive;
  const n = toInteger(value, conversion);
  if (precision > INT_MAX - 3) throw new PyError("OverflowError", "precision too large");
  // format() prints the magnitude, and checks CPython's 4300-digit limit on decimal text.
  const digits = format(n < 0n ? -n : n, TYPES[conversion]).padStart(precision, "0");
  const prefix = flags.has("#") ? (PREFIXES[conversion] ?? "") : "";
  return layoutNumber(sign(n < 0n, flags) + prefix, digits, directive);
}

/**
 * %e %E %f %F %g %G are format()'s own types: the exact binary value, rounded half to even (never
 * toFixed), 6 places by default; format() turns an int or a bool into a float first.
 * `"%.2f" % 0.125` is "0.12", `"%+08.1e" % 1500` is "+1.5e+03".
 */
export function real(value: unknown, directive: Directive): string {
  const { flags, precision, conversion } = directive;
  const type = pyTypeName(value);
  if (type !== "int" && type !== "bool" && type !== "float") {
    throw new PyError("TypeError", `must be real number, not ${type}`);
  }
  const text = format(
    value,
    `${flags.has("#") ? "#" : ""}.${precision < 0 ? 6 : precision}${conversion}`,
  );
  const negative = text.startsWith("-");
  return layoutNumber(sign(negative, flags), negative ? text.slice(1) : text, directive);
}

/** Every conversion character, and how it turns a value into its padded text. */
export const CONVERSIONS: Readonly<Record<string, Converter>> = {
  s: (value, directive) => layoutText(str(value), directive),
  r: (value, directive) => layoutText(repr(value), directive),
  a: (value, directive) => layoutText(ascii(value), directive),
  c: (value, directive) => layoutText(char(value), directive, false),
  ...Object.fromEntries([..."diuoxX"].map((c) => [c, integer])),
  ...Object.fromEntries([..."eEfFgG"].map((c) => [c, real])),
};
