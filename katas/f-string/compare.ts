// `kata compare f-string` calls your tag and the reference with the same generated templates
// and values, and shows the first one on which they answer differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/f-string");
type Input = readonly [parts: readonly string[], values: readonly unknown[]];

// Mostly valid text; now and then a lone brace, which must raise the same SyntaxError.
const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom("a", " ", "Pi: ", "é", "{{", "}}"), weight: 30 },
      fc.constantFrom("}", "{", "{}"),
    ),
    { maxLength: 3 },
  )
  .map((t) => t.join(""));
const suffix = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "",
      "{}",
      "{:.2f}",
      "{:>8}",
      "{:*^9}",
      "{:,}",
      "{:#x}",
      "{!r}",
      "{!s:>6}",
      "{!a}",
      "{x=}",
      "{x = :.1f}",
      "{:",
    ),
    weight: 10,
  },
  fc.constantFrom("{!z}", "{!}", "{=}", "{:{}}"),
);
const value = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
);

// A field is `${value}` plus a suffix; "{:" leaves the spec open for a nested `${width}`.
const field = fc
  .tuple(value, suffix, fc.nat(12), text)
  .map(([v, s, width, after]) =>
    s === "{:"
      ? { parts: ["{:", `}${after}`], values: [v, width] }
      : { parts: [s + after], values: [v] },
  );

export default {
  input: fc.tuple(text, fc.array(field, { maxLength: 3 })).map(([first, fields]): Input => {
    const parts = [first];
    for (const { parts: more } of fields) parts.push(...more);
    return [parts, fields.flatMap((x) => x.values)];
  }),
  observe: ({ f }, [parts, values]) => f(Object.assign([...parts], { raw: [...parts] }), ...values),
} satisfies Differential<Kata, Input>;
