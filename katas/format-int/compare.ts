// `kata compare format-int` formats the same generated ints with your module and the
// reference, and shows the first (value, spec) pair on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/format-int");

// Small ints, ints past 2**53 (number and bigint), code points for 'c', and bools.
const value = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.constantFrom(2 ** 53, 1e21, 0x1f600, 0x110000, 2 ** 31),
  fc.boolean(),
);

const spec = fc
  .tuple(
    fc.constantFrom("", "", "*", "0"),
    fc.constantFrom("", "", "<", ">", "^", "="),
    fc.constantFrom("", "", "+", "-", " "),
    fc.constantFrom("", "", "#"),
    fc.constantFrom("", "0"),
    fc.constantFrom("", "1", "6", "12", "\u0665"),
    fc.constantFrom("", "", ",", "_"),
    fc.constantFrom("", "", ".2"),
    fc.constantFrom("", "d", "b", "o", "x", "X", "n", "c", "s"),
  )
  .map((parts) => parts.join(""));

export default {
  input: fc.tuple(value, spec),
  observe: ({ format }, [v, s]) => format(v, s),
} satisfies Differential<Kata, readonly [number | bigint | boolean, string]>;
