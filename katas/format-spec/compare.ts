// `kata compare format-spec` formats the same generated values with your module and the
// reference, and shows the first (value, spec) pair on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/format-spec");
type Value =
  | { readonly kind: "float"; readonly x: number }
  | { readonly kind: "plain"; readonly value: number | bigint | string | boolean | null };

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.double().map((x) => ({ kind: "float" as const, x })),
  fc
    .oneof(fc.integer(), fc.bigInt(), fc.string(), fc.boolean(), fc.constant(null))
    .map((v) => ({ kind: "plain" as const, value: v })),
);

const spec = fc
  .tuple(
    fc.constantFrom("", "<", ">", "^", "=", "*^", "0="),
    fc.constantFrom("", "+", " ", "-"),
    fc.constantFrom("", "z", "#", "0"),
    fc.constantFrom("", "8", "15"),
    fc.constantFrom("", ",", "_"),
    fc.constantFrom("", ".0", ".3", ".12", "._", ".2_"),
    fc.constantFrom("", "s", "d", "x", "X", "b", "o", "c", "n", "e", "E", "f", "g", "G", "%"),
  )
  .map((parts) => parts.join(""));

export default {
  input: fc.tuple(value, spec),
  observe: ({ format, pyFloat }, [v, s]) => format(v.kind === "float" ? pyFloat(v.x) : v.value, s),
} satisfies Differential<Kata, readonly [Value, string]>;
