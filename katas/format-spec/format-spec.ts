// format-spec: Python's format(value, spec), repr() and str(), exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test format-spec` checks it. Your earlier katas already do much of it:
// format-text parses the spec, pads, and formats a str:
// `import { formatStr, PyError, parseSpec } from "#kata/format-text";`
// format-int formats an int and a bool:
// `import { formatInt, intToDecimal, isFloatType } from "#kata/format-int";`
// format-float formats a float and writes its repr:
// `import { formatFloat, reprFloat } from "#kata/format-float";`
// (until you have passed one of them, its reference runs here).

// Given, from format-text: PyError, the exception every formatting kata raises. str-format,
// percent-format and f-string import it from here, so it is re-exported as it is.
export { PyError, type PyErrorType } from "#kata/format-text";

const FLOAT_BRAND: unique symbol = Symbol("PyFloat");

/** A JS number marked as a Python float, whatever its value. Test with `FLOAT_BRAND in value`. */
export interface PyFloat {
  readonly [FLOAT_BRAND]: true;
  readonly value: number;
}

/** Marks a JS number as a Python float whatever its value: `repr(pyFloat(1))` is `"1.0"`. */
export function pyFloat(x: number): PyFloat {
  return Object.freeze({ [FLOAT_BRAND]: true as const, value: x });
}

/** The dunder methods a JS object may define to behave like a Python object. */
export interface PyObjectLike {
  __format__?(spec: string): unknown;
  __str__?(): unknown;
  __repr__?(): unknown;
}

/**
 * Python's built-in `format(value, spec)`: `format(0.125, ".2f")` is "0.12",
 * `format(1234567, "_")` is "1_234_567", `format("ab", "^6")` is "  ab  ".
 */
export function format(value: unknown, spec = ""): string {
  // TODO: strings first (step 1), then ints and bools (2), floats (3), None, lists, dicts,
  // objects and the errors (4).
  throw new Error("TODO step 1 (strings-and-repr): implement format");
}

/** Python's `repr()`: `repr("it's")` is `"it's"` in double quotes, `repr(pyFloat(1))` is "1.0". */
export function repr(value: unknown): string {
  // TODO: str first (step 1); ints, bools and None (2); floats (3); lists and dicts (4).
  throw new Error("TODO step 1 (strings-and-repr): implement repr");
}

/** Python's `str()`: a str is itself, an object uses `__str__`, anything else is its repr. */
export function str(value: unknown): string {
  // TODO
  throw new Error("TODO step 1 (strings-and-repr): implement str");
}

/** The lines original.py prints, in order: `demo()[0]` is "Pi: 3.14". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (objects-and-errors): implement demo");
}
