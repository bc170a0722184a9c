// `kata compare percent-format` formats the same generated templates and operands with your
// module and the reference, and shows the first pair on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/percent-format");
// No pyFloat: each side may use its own format-spec, whose brands differ. A fractional double is
// a float anyway.
type Value = number | bigint | string | boolean | null;
type Operand =
  | { readonly kind: "tuple"; readonly items: readonly Value[] }
  | { readonly kind: "mapping"; readonly entries: readonly (readonly [string, Value])[] }
  | { readonly kind: "single"; readonly value: Value };

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null),
);

const directive = fc
  .tuple(
    fc.constantFrom("", "", "(a)", "(b)"),
    fc.constantFrom("", "-", "+", " ", "#", "0", "-0", "+0", "#0"),
    fc.constantFrom("", "5", "12", "*"),
    fc.constantFrom("", ".0", ".3", ".*"),
    fc.constantFrom(..."diouxXeEfFgGcrsa%", "y", ""),
  )
  .map((parts) => `%${parts.join("")}`);

const template = fc
  .array(fc.oneof(directive, fc.constantFrom("x", " ", "é", "😀", "%%")), { maxLength: 5 })
  .map((pieces) => pieces.join(""));

const operand: fc.Arbitrary<Operand> = fc.oneof(
  fc.array(value, { maxLength: 5 }).map((items) => ({ kind: "tuple" as const, items })),
  fc
    .array(fc.tuple(fc.constantFrom("a", "b"), value), { maxLength: 2 })
    .map((entries) => ({ kind: "mapping" as const, entries })),
  value.map((v) => ({ kind: "single" as const, value: v })),
);

export default {
  input: fc.tuple(template, operand),
  observe: ({ percentFormat }, [t, o]) => {
    const values =
      o.kind === "tuple" ? o.items : o.kind === "mapping" ? Object.fromEntries(o.entries) : o.value;
    return percentFormat(t, values);
  },
} satisfies Differential<Kata, readonly [string, Operand]>;
