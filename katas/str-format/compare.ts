// `kata compare str-format` formats the same generated templates and arguments with your module
// and the reference, and shows the first case on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/str-format");
interface Input {
  readonly template: string;
  readonly args: readonly unknown[];
  readonly kwargs: Readonly<Record<string, unknown>>;
}

const leaf = fc.oneof(
  fc.integer({ min: -5, max: 40 }),
  fc.double(),
  fc.bigInt(),
  fc.string({ maxLength: 5 }),
  fc.constantFrom("a😀b", "café", "it's", true, false, null),
);
const value = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("a", "name", "x"), leaf) },
);

// Mostly well-formed fields, with every kind of mistake mixed in.
const field = fc
  .tuple(
    fc.constantFrom("", "", "0", "1", "a", "name", "٣", "x y", "99999999999"),
    fc.constantFrom(
      "",
      "",
      "",
      ".real",
      ".imag",
      ".name",
      ".toString",
      "[0]",
      "[1]",
      "[a]",
      "[]",
      ".",
    ),
    fc.constantFrom("", "", "!r", "!s", "!a", "!x", "!"),
    fc.constantFrom("", "", ":>6", ":^7", ":.2f", ":x", ":{}", ":{w}.{p}f", ":{:{}}", ":{"),
    fc.constantFrom("}", "}", "}", ""),
  )
  .map((parts) => `{${parts.join("")}`);
const literal = fc.constantFrom("Name: ", ", ", "😀", "{{", "}}", "}", "{");
const template = fc
  .array(fc.oneof({ weight: 3, arbitrary: field }, { weight: 1, arbitrary: literal }), {
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

export default {
  input: fc.record({
    template,
    args: fc.array(value, { maxLength: 4 }),
    kwargs: fc.record(
      { a: value, name: value, w: fc.nat(12), p: fc.nat(6) },
      { requiredKeys: ["w", "p"] },
    ),
  }),
  observe: ({ strFormat }, { template: t, args, kwargs }) => strFormat(t, args, kwargs),
} satisfies Differential<Kata, Input>;
