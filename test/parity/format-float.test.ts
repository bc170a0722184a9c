import fc from "fast-check";
import { describe, it } from "vitest";
import { formatFloat, reprFloat } from "#kata/format-float";
import { agreeWithCPython, pyLiteral } from "./cpython.ts";
import { formatSpecs } from "./spec-grammar.ts";

// Doubles that stress rounding: ties at every scale, huge and tiny values, and specials.
const float = fc.oneof(
  fc.double(),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 8),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 1000),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.integer({ min: 1, max: 110 }))
    .map(([m, k]) => Number(2n * m + 1n) / 2 ** k),
  fc.constantFrom(
    0.125,
    2.675,
    2 ** -8,
    1e16,
    1e-5,
    1e21,
    1e22,
    123456.123456,
    5e-324,
    1.7976931348623157e308,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
);

// Specs with the float types and a few that a float refuses.
const spec = formatSpecs({
  fills: ["*", "0", " ", "中"],
  maxPrecision: 110,
  types: ["e", "E", "f", "F", "g", "G", "n", "%", "d", "s"],
});

describe("format-float against CPython", () => {
  it("law: formatFloat(x, spec) agrees with CPython's format(float, spec) on generated values and specs", async () => {
    await agreeWithCPython(fc.tuple(float, spec), {
      python: ([x, s]) => `format(${pyLiteral(x, true)}, ${pyLiteral(s)})`,
      typescript: ([x, s]) => formatFloat(x, s),
    });
  });

  it("law: reprFloat(x) agrees with CPython's repr(float) on generated values", async () => {
    await agreeWithCPython(float, {
      python: (x) => `repr(${pyLiteral(x, true)})`,
      typescript: (x) => reprFloat(x),
    });
  });
});
