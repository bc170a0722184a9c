// `kata compare format-text` formats the same generated texts with your module and the
// reference, and shows the first (text, spec) pair on which they disagree.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/format-text");

// Characters where code points and UTF-16 units part ways, and ASCII.
const char = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  fc.constantFrom("é", "中", "😀", "e\u0301", "\u{1d7da}"),
);
const text = fc.array(char, { maxLength: 8 }).map((chars) => chars.join(""));

const spec = fc
  .tuple(
    fc.constantFrom("", "*", "😀", "0"),
    fc.constantFrom("", "<", ">", "^", "="),
    fc.constantFrom("", "", "", "+", " ", "z", "#"),
    fc.constantFrom("", "0"),
    fc.constantFrom("", "1", "5", "12", "\u0665", "\u{1d7da}"),
    fc.constantFrom("", "", ",", "_"),
    fc.constantFrom("", "", ".0", ".2", ".", "._"),
    fc.constantFrom("", "", "s", "d", " "),
  )
  .map((parts) => parts.join(""));

export default {
  input: fc.tuple(text, spec),
  observe: ({ format }, [t, s]) => format(t, s),
} satisfies Differential<Kata, readonly [string, string]>;
