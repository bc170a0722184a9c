import { PyError } from "./values.ts";

export type Align = "<" | ">" | "=" | "^";
export type Sign = "+" | "-" | " " | "";
export type Separator = "," | "_" | "";

/** A parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`. */
export interface FormatSpec {
  readonly fill: string;
  readonly align: Align;
  readonly sign: Sign;
  readonly noNegZero: boolean;
  readonly alternate: boolean;
  /** -1 when absent. */
  readonly width: number;
  readonly grouping: Separator;
  /** -1 when absent. */
  readonly precision: number;
  /** 3.14: grouping of the fractional digits, after the dot. */
  readonly fracGrouping: Separator;
  /** One code point, or the type's default. */
  readonly type: string;
}

// The reference CPython (pyodide) is a 32-bit build: Py_ssize_t and C long stop at 2**31 - 1.
export const SSIZE_MAX = 2 ** 31 - 1;

const ALIGNS: ReadonlySet<string> = new Set(["<", ">", "=", "^"]);
const SIGNS: ReadonlySet<string> = new Set(["+", "-", " "]);
const DECIMAL = /^\p{Nd}$/u;

// CPython reads widths with Py_UNICODE_TODECIMAL, so any Unicode decimal digit counts ("٣" is 3).
// Unicode encodes every decimal digit in runs 0..9, so the value is the offset within its run.
function digitValue(ch: string): number {
  if (ch >= "0" && ch <= "9") return ch.charCodeAt(0) - 48;
  if (ch < "\x80" || !DECIMAL.test(ch)) return -1;
  const cp = ch.codePointAt(0) ?? 0;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const charAt = (chars: readonly string[], i: number): string => chars[i] ?? "";

/** Reads decimal digits from `chars[pos]`: `[value, next position, digits read]`. */
function readInteger(chars: readonly string[], pos: number): [number, number, number] {
  let value = 0;
  let end = pos;
  for (let d = digitValue(chars[end] ?? ""); d >= 0; d = digitValue(chars[++end] ?? "")) {
    if (value > Math.floor((SSIZE_MAX - d) / 10)) {
      throw new PyError("ValueError", "Too many decimal digits in format string");
    }
    value = value * 10 + d;
  }
  return [value, end, end - pos];
}

const bothSeparators = () => new PyError("ValueError", "Cannot specify both ',' and '_'.");

/** Escapes a type code as CPython's `'%c'` / `'\\x%x'` does in its error messages. */
export function codeText(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

// Reads an optional "," or "_" as CPython does: ",_" and "_," are errors, while ",," and "__"
// are left for the type check or the leftover check to refuse.
function readSeparator(chars: readonly string[], from: number): [Separator, number] {
  let pos = from;
  let separator: Separator = "";
  if (chars[pos] === ",") {
    separator = ",";
    pos++;
  }
  if (chars[pos] === "_") {
    if (separator !== "") throw bothSeparators();
    separator = "_";
    pos++;
  }
  if (chars[pos] === "," && separator === "_") throw bothSeparators();
  return [separator, pos];
}

const GROUPED_TYPES: ReadonlySet<string> = new Set(["d", "e", "f", "g", "E", "G", "%", "F", ""]);
const UNDERSCORE_ONLY_TYPES: ReadonlySet<string> = new Set(["b", "o", "x", "X"]);

// CPython's parse_internal_render_format_spec; parseSpec below keeps what it returns.
function readSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  pyTypeName: string,
): FormatSpec {
  // Python indexes strings by code point; Array.from splits a JS string the same way.
  const chars = Array.from(spec);
  let pos = 0;
  let fill = " ";
  let align = defaultAlign;
  let fillGiven = false;

  if (ALIGNS.has(charAt(chars, 1))) {
    [fill, align, fillGiven] = [charAt(chars, 0), charAt(chars, 1) as Align, true];
    pos = 2;
  } else if (ALIGNS.has(charAt(chars, 0))) {
    align = charAt(chars, 0) as Align;
    pos = 1;
  }
  const alignGiven = pos > 0;
  let sign: Sign = "";
  if (SIGNS.has(charAt(chars, pos))) sign = charAt(chars, pos++) as Sign;
  const noNegZero = charAt(chars, pos) === "z";
  if (noNegZero) pos++;
  const alternate = charAt(chars, pos) === "#";
  if (alternate) pos++;
  if (!fillGiven && charAt(chars, pos) === "0") {
    fill = "0";
    // Only numbers turn a leading 0 into '=' padding; strings keep '<' ("ab" -> "ab000").
    if (!alignGiven && defaultAlign === ">") align = "=";
    pos++;
  }
  let [width, next, count] = readInteger(chars, pos);
  pos = next;
  if (count === 0) width = -1;

  let grouping: Separator;
  [grouping, pos] = readSeparator(chars, pos);

  let precision = -1;
  let fracGrouping: Separator = "";
  if (charAt(chars, pos) === ".") {
    [precision, next, count] = readInteger(chars, pos + 1);
    pos = next;
    if (count === 0) precision = -1;
    [fracGrouping, pos] = readSeparator(chars, pos);
    if (count === 0 && fracGrouping === "") {
      throw new PyError("ValueError", "Format specifier missing precision");
    }
  }

  if (chars.length - pos > 1) {
    throw new PyError(
      "ValueError",
      `Invalid format specifier '${spec}' for object of type '${pyTypeName}'`,
    );
  }
  const type = chars[pos] ?? defaultType;
  const groupingAllowed =
    GROUPED_TYPES.has(type) || (grouping === "_" && UNDERSCORE_ONLY_TYPES.has(type));
  if (grouping !== "" && !groupingAllowed) {
    throw new PyError("ValueError", `Cannot specify '${grouping}' with '${codeText(type)}'.`);
  }
  if (type === "n" && fracGrouping !== "") {
    throw new PyError("ValueError", `Cannot specify '${fracGrouping}' with 'n'.`);
  }
  return {
    fill,
    align,
    sign,
    noNegZero,
    alternate,
    width,
    grouping,
    precision,
    fracGrouping,
    type,
  };
}

// A program formats with the same few specs over and over ("{:.2f}" in a loop), so parsed specs
// are kept, by spec and by the defaults the caller gives (the type name only shapes error
// messages, and errors are not kept). The table is emptied when it is full, so it stays small.
interface Parsed {
  readonly defaultType: string;
  readonly defaultAlign: Align;
  readonly result: FormatSpec;
}
const parsed = new Map<string, Parsed[]>();
const PARSED_MAX = 256;

/**
 * Parses a format spec exactly as CPython's parse_internal_render_format_spec:
 * `parseSpec("*^10,.2f", "", ">", "float")`.
 */
export function parseSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  pyTypeName: string,
): FormatSpec {
  const known = parsed.get(spec) ?? [];
  for (const entry of known) {
    if (entry.defaultType === defaultType && entry.defaultAlign === defaultAlign) {
      return entry.result;
    }
  }
  const result = readSpec(spec, defaultType, defaultAlign, pyTypeName);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(spec, [...known, { defaultType, defaultAlign, result }]);
  return result;
}
