/** The Python exception classes the formatting katas raise. */
export type PyErrorType =
  | "ValueError"
  | "TypeError"
  | "KeyError"
  | "IndexError"
  | "OverflowError"
  | "SyntaxError"
  | "AttributeError";

/**
 * An exception as CPython raises it: `pyType` is the class name, `message` is exactly `str(exc)`.
 * `new PyError("ValueError", "Format specifier missing precision")`.
 */
export class PyError extends Error {
  readonly pyType: PyErrorType;
  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
    this.pyType = pyType;
  }
}

/** An alignment: `<` left, `>` right, `=` after the sign (numbers only), `^` centred. */
export type Align = "<" | ">" | "=" | "^";
/** A sign flag: `+` on every number, `-` or `""` (none written) on negatives only, `" "` a space on the others. */
export type Sign = "+" | "-" | " " | "";
/** A digit grouping: `,` or `_`, `""` for none. */
export type Separator = "," | "_" | "";

/** A parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`. */
export interface FormatSpec {
  readonly fill: string;
  readonly align: Align;
  readonly sign: Sign;
  /** The `z` flag. */
  readonly noNegZero: boolean;
  /** The `#` flag. */
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

/** The largest width or precision: `SSIZE_MAX` is 2147483647, since pyodide is a 32-bit build. */
export const SSIZE_MAX = 2 ** 31 - 1;

const ALIGNS: ReadonlySet<string> = new Set(["<", ">", "=", "^"]);
const SIGNS: ReadonlySet<string> = new Set(["+", "-", " "]);
const DECIMAL = /^\p{Nd}$/u;

// CPython reads widths with Py_UNICODE_TODECIMAL, so any Unicode decimal digit counts ("٣" is 3),
// where JS's Number() and parseInt() know only 0-9. Unicode encodes every decimal digit in runs
// 0..9, so a digit's value is its offset within its run.
function digitValue(ch: string): number {
  if (ch >= "0" && ch <= "9") return ch.charCodeAt(0) - 48;
  if (ch < "\x80" || !DECIMAL.test(ch)) return -1;
  const cp = ch.codePointAt(0) ?? 0;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Reads decimal digits from `chars[pos]`: `[value, next position, digits read]`. */
function readInteger(chars: readonly string[], pos: number): [number, number, number] {
  let value = 0;
  let end = pos;
  for (let d = digitValue(chars[end] ?? ""); d >= 0; d = digitValue(chars[++end] ?? "")) {
    // CPython refuses the digit that would overflow Py_ssize_t; a JS number would go on silently.
    if (value > Math.floor((SSIZE_MAX - d) / 10)) {
      throw new PyError("ValueError", "Too many decimal digits in format string");
    }
    value = value * 10 + d;
  }
  return [value, end, end - pos];
}

/** A type code as CPython's error messages write it: `codeText(" ")` is `\x20`, `codeText("d")` is `d`. */
export function codeText(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

const bothSeparators = () => new PyError("ValueError", "Cannot specify both ',' and '_'.");

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

/**
 * Parses a format spec as CPython's parse_internal_render_format_spec does, for a value whose
 * type has the given default type code and alignment and the given name (for error messages):
 * `parseSpec("*^10", "s", "<", "str")` has fill "*", align "^", width 10.
 */
export function parseSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  pyTypeName: string,
): FormatSpec {
  // Python indexes strings by code point; Array.from splits a JS string the same way, where
  // spec[1] would be half of a surrogate pair when the fill is an emoji.
  const chars = Array.from(spec);
  const at = (i: number): string => chars[i] ?? "";
  let pos = 0;
  let fill = " ";
  let align = defaultAlign;
  // The first character is a fill only when the second one is an alignment.
  if (ALIGNS.has(at(1))) {
    [fill, align, pos] = [at(0), at(1) as Align, 2];
  } else if (ALIGNS.has(at(0))) {
    [align, pos] = [at(0) as Align, 1];
  }
  const fillGiven = pos === 2;
  const alignGiven = pos > 0;
  let sign: Sign = "";
  if (SIGNS.has(at(pos))) sign = at(pos++) as Sign;
  const noNegZero = at(pos) === "z";
  if (noNegZero) pos++;
  const alternate = at(pos) === "#";
  if (alternate) pos++;
  if (!fillGiven && at(pos) === "0") {
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
  if (at(pos) === ".") {
    [precision, pos, count] = readInteger(chars, pos + 1);
    if (count === 0) precision = -1;
    [fracGrouping, pos] = readSeparator(chars, pos);
    if (count === 0 && fracGrouping === "") {
      throw new PyError("ValueError", "Format specifier missing precision");
    }
  }
  // At most one character, the type, may be left.
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

/** Python's `len()`: code points, so `codePointLength("😀")` is 1 where `"😀".length` is 2. */
export function codePointLength(text: string): number {
  // Fast path: without surrogates, UTF-16 units and code points coincide.
  if (!/[\uD800-\uDFFF]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Pads `text`, already `length` code points long, to the spec's width with its fill and alignment;
 * `pad("ab", 2, parseSpec("*^5", "s", "<", "str"))` is "*ab**".
 */
export function pad(text: string, length: number, spec: FormatSpec): string {
  // padStart/padEnd would count UTF-16 units and cut an emoji fill in half.
  const padding = spec.width - length;
  if (padding <= 0) return text;
  // Centring puts the odd fill character on the right.
  const left = spec.align === ">" ? padding : spec.align === "^" ? Math.floor(padding / 2) : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
}

const notAllowed = (what: string) =>
  new PyError("ValueError", `${what} not allowed in string format specifier`);

/**
 * `str.__format__` for a parsed spec (CPython's format_string_internal):
 * `formatStr("Alice", parseSpec(".3", "s", "<", "str"))` is "Ali".
 */
export function formatStr(value: string, spec: FormatSpec): string {
  if (spec.type !== "s") {
    throw new PyError(
      "ValueError",
      `Unknown format code '${codeText(spec.type)}' for object of type 'str'`,
    );
  }
  // The parser accepted these flags for any type; str refuses them, in this order.
  if (spec.sign !== "") throw notAllowed(spec.sign === " " ? "Space" : "Sign");
  if (spec.noNegZero) throw notAllowed("Negative zero coercion (z)");
  if (spec.alternate) throw notAllowed("Alternate form (#)");
  if (spec.align === "=") throw notAllowed("'=' alignment");
  const length = codePointLength(value);
  if (spec.precision < 0 || spec.precision >= length) return pad(value, length, spec);
  // Precision keeps code points; value.slice() would cut between the halves of a surrogate pair.
  const kept = Array.from(value).slice(0, spec.precision).join("");
  return pad(kept, spec.precision, spec);
}

/** Python's `format(text, spec)` for a str: `format("Alice", "*^11")` is "***Alice***". */
export function format(text: string, spec = ""): string {
  return spec === "" ? text : formatStr(text, parseSpec(spec, "s", "<", "str"));
}

/** The lines original.py prints, in order: `demo()[0]` is "[     Alice]". */
export function demo(): string[] {
  const name = "Alice";
  const lines = [
    `[${format(name, ">10")}]`,
    `[${format(name, "*^11")}]`,
    `[${format(name, "^10")}]`,
    `[${format(name, ".3")}]`,
    `[${format("ab", "05")}]`,
    `[${format("😀", "^5")}]`,
    `[${format("ab", "\u0665")}]`,
  ];
  for (const spec of ["+", "=5", ",", "d", "."]) {
    try {
      format(name, spec);
    } catch (error) {
      if (!(error instanceof PyError)) throw error;
      lines.push(`${spec}: ${error.pyType}: ${error.message}`);
    }
  }
  return lines;
}
