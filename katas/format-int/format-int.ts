// format-int: Python's format() of an int and a bool, exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test format-int` checks it. Your format-text kata already parses the spec and pads:
// `import { codePointLength, codeText, pad, parseSpec, PyError, SSIZE_MAX } from "#kata/format-text";`
// (until you have passed format-text, its reference runs here).
import type { FormatSpec } from "#kata/format-text";

/** `str(int)`, with CPython's limit on decimal digits: `intToDecimal(10n ** 20n)` is "1" and 20 zeros. */
export function intToDecimal(value: number | bigint): string {
  // TODO: toString(), and a ValueError past 4300 digits (the sign not counted).
  throw new Error("TODO step 1 (signs-and-bases): implement intToDecimal");
}

/**
 * CPython's thousands grouping, from the right: groups of `size` joined by `separator`,
 * zero-filled to `minWidth` characters: `groupInteger("1234", 8, 3, ",")` is "0,001,234".
 */
export function groupInteger(
  digits: string,
  minWidth: number,
  size: number,
  separator: string,
): string {
  // TODO
  throw new Error("TODO step 3 (grouping-char-and-errors): implement groupInteger");
}

/** A number split as CPython's fill_number sees it: format-float's floats are laid out the same way. */
export interface NumberParts {
  readonly negative: boolean;
  /** "0x", "0b", "0o" (upper-cased for X), or "". */
  readonly prefix: string;
  /** Digits before the point: zero-filled and grouped. Empty only for the 'c' type. */
  readonly digits: string;
  /** What follows the integer digits, copied as is: the 'c' character, or a float's ".50e+03". */
  readonly suffix: string;
  /** Size of the integer groups: 3, or 4 for '_' with b/o/x/X. */
  readonly groupSize: number;
}

/**
 * Lays a number out as `<lpad><sign><prefix><zeros or '=' fill><grouped digits><suffix><rpad>`:
 * `layoutNumber({ negative: true, prefix: "0x", digits: "ff", suffix: "", groupSize: 4 },
 * parseSpec("#08x", "d", ">", "int"))` is "-0x000ff".
 */
export function layoutNumber(parts: NumberParts, spec: FormatSpec): string {
  // TODO: sign, prefix and digits first; the padding (step 2), then the grouping (step 3).
  throw new Error("TODO step 2 (width-and-zeros): implement layoutNumber");
}

/**
 * The types for which Python formats an int as the float it equals (`format(5, ".2f")` is "5.00",
 * format-spec's job): `isFloatType("%")` is true, `isFloatType("x")` is false.
 */
export function isFloatType(type: string): boolean {
  // TODO: e E f F g G %
  throw new Error("TODO step 3 (grouping-char-and-errors): implement isFloatType");
}

/**
 * int.__format__ for a non-empty spec and an int type (CPython's format_long_internal):
 * `formatInt(-255, parseSpec("#010x", "d", ">", "int"), "int")` is "-0x00000ff".
 */
export function formatInt(value: number | bigint, spec: FormatSpec, pyTypeName: string): string {
  // TODO: the bases and the sign (step 1), the layout (step 2), 'c' and the errors (step 3).
  throw new Error("TODO step 1 (signs-and-bases): implement formatInt");
}

/**
 * Python's `format(n, spec)` for an int or a bool, int types only: `format(255, "#_b")` is
 * "0b1111_1111", `format(true)` is "True", `format(true, "d")` is "1".
 */
export function format(value: number | bigint | boolean, spec = ""): string {
  // TODO
  throw new Error("TODO step 1 (signs-and-bases): implement format");
}

/** The lines original.py prints, in order: `demo()[0]` is "+42". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (transcript): implement demo");
}
