// `kata compare format-float` formats the same generated floats with your module and the
// reference, and shows the first (x, spec) pair on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/format-float");

// Any double, exact ties (k / 2^n) where half to even matters, and the specials.
const float = fc.oneof(
  fc.double(),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 64),
  fc.constantFrom(
    0.125,
    2.675,
    2 ** -8,
    1e16,
    1e21,
    5e-324,
    -0,
    Number.NaN,
    Number.NEGATIVE_INFINITY,
  ),
);

const spec = fc
  .tuple(
    fc.constantFrom("", "<", ">", "^", "=", "*^", "0="),
    fc.constantFrom("", "+", " ", "-"),
    fc.constantFrom("", "z", "#", "0"),
    fc.constantFrom("", "8", "15"),
    fc.constantFrom("", ",", "_"),
    fc.constantFrom("", ".0", ".3", ".7", ".12", "._", ".2_"),
    fc.constantFrom("", "e", "E", "f", "F", "g", "G", "n", "%", "d"),
  )
  .map((parts) => parts.join(""));

export default {
  input: fc.tuple(float, spec),
  observe: ({ formatFloat }, [x, s]) => formatFloat(x, s),
} satisfies Differential<Kata, readonly [number, string]>;
