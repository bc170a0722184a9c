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
 * Given: Python's `type(value).__name__` for a JS value, after the README's table, for error
 * messages ("%d format: a real number is required, not str"); str-format and percent-format
 * import it from here. `pyTypeName(pyFloat(1))` is "float", `pyTypeName([])` is "list".
 */
export function pyTypeName(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "NoneType";
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "number":
      return Number.isInteger(value) && !Object.is(value, -0) ? "int" : "float";
    case "object": {
      if (value === null) return "NoneType";
      if (FLOAT_BRAND in value) return "float";
      const dunders = ["__format__", "__str__", "__repr__"];
      const isPlain = [Object.prototype, null].includes(Object.getPrototypeOf(value));
      if (!dunders.some((name) => typeof Reflect.get(value, name) === "function")) {
        if (Array.isArray(value)) return "list";
        if (isPlain) return "dict";
      }
      const name: unknown = value.constructor?.name;
      return typeof name === "string" && name !== "" && name !== "Object" ? name : "object";
    }
    default:
      return typeof value;
  }
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
