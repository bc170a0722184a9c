// format-text: Python's format-spec mini-language, and format() of a str, exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test format-text` checks it.

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
 * Given: an exception as CPython raises it: `pyType` is the class name, `message` is exactly
 * `str(exc)`. `new PyError("ValueError", "Format specifier missing precision")`.
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

/** Given: the largest width or precision, 2147483647, since the reference CPython is 32-bit. */
export const SSIZE_MAX = 2 ** 31 - 1;

/**
 * Given: a type code as CPython's error messages write it: `codeText(" ")` is `\x20`,
 * `codeText("d")` is `d`.
 */
export function codeText(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parses a format spec as CPython does, for a value whose type has the given default type code
 * and alignment and the given name (for error messages):
 * `parseSpec("*^10", "s", "<", "str")` has fill "*", align "^", width 10.
 */
export function parseSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  pyTypeName: string,
): FormatSpec {
  // TODO: walk the spec's code points left to right, field by field.
  throw new Error("TODO step 1 (parse-spec): implement parseSpec");
}

/** Python's `len()`: code points, so `codePointLength("😀")` is 1 where `"😀".length` is 2. */
export function codePointLength(text: string): number {
  // TODO
  throw new Error("TODO step 2 (pad-and-align): implement codePointLength");
}

/**
 * Pads `text`, already `length` code points long, to the spec's width with its fill and
 * alignment: `pad("ab", 2, parseSpec("*^5", "s", "<", "str"))` is "*ab**".
 */
export function pad(text: string, length: number, spec: FormatSpec): string {
  // TODO
  throw new Error("TODO step 2 (pad-and-align): implement pad");
}

/**
 * `str.__format__` for a parsed spec: `formatStr("Alice", parseSpec(".3", "s", "<", "str"))`
 * is "Ali".
 */
export function formatStr(value: string, spec: FormatSpec): string {
  // TODO: pad first (step 2), then precision and the errors (step 3).
  throw new Error("TODO step 2 (pad-and-align): implement formatStr");
}

/** Python's `format(text, spec)` for a str: `format("Alice", "*^11")` is "***Alice***". */
export function format(text: string, spec = ""): string {
  // TODO
  throw new Error("TODO step 2 (pad-and-align): implement format");
}

/** The lines original.py prints, in order: `demo()[0]` is "[     Alice]". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (transcript): implement demo");
}
