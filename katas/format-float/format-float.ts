// format-float: Python's format() and repr() of a float, exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test format-float` checks it. Your earlier katas already do part of it:
// format-text parses the spec and raises its errors:
// `import { codeText, type FormatSpec, PyError, parseSpec } from "#kata/format-text";`
// format-int lays out any number, a float too, once it is split into a NumberParts:
// `import { layoutNumber, type NumberParts } from "#kata/format-int";`
// (until you have passed one of them, its reference runs here).

/** Python's `repr(float)`: `reprFloat(1e16)` is "1e+16", `reprFloat(1)` is "1.0". */
export function reprFloat(x: number): string {
  // TODO: the shortest digits that read back as x (toExponential() gives them), laid out as
  // Python does: an exponent below 1e-4 and from 1e16, ".0" on an integral value, inf, nan.
  throw new Error("TODO step 3 (repr-and-no-type): implement reprFloat");
}

/**
 * Python's `format(x, spec)` for a float x (CPython's format_float_internal); every number is a
 * float here: `formatFloat(0.125, ".2f")` is "0.12", `formatFloat(1)` is "1.0".
 */
export function formatFloat(x: number, spec = ""): string {
  // TODO: 'f', 'F' and '%' from the exact binary value (step 1); 'e', 'g', 'n' and no type with a
  // precision (2); the empty spec and no type without a precision (3); the width, the grouping
  // and the errors (4).
  throw new Error("TODO step 1 (fixed-point): implement formatFloat");
}

/** The lines original.py prints, in order: `demo()[0]` is "0.12 0.38 2.67". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (layout-grouping-and-errors): implement demo");
}
