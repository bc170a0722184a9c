import fc from "fast-check";
import { describe, it } from "vitest";
import { format, pyFloat, repr } from "#kata/format-spec";
import { agreeWithCPython, pyLiteral } from "./cpython.ts";
import { formatSpecs } from "./spec-grammar.ts";

// A generated value and how each side writes it; floats are tagged so that 2.0 stays a float.
type Value =
  | { readonly t: "int"; readonly v: number | bigint }
  | { readonly t: "float"; readonly x: number }
  | { readonly t: "str"; readonly s: string }
  | { readonly t: "bool"; readonly b: boolean }
  | { readonly t: "none" };

const js = (v: Value): unknown =>
  v.t === "int"
    ? v.v
    : v.t === "float"
      ? pyFloat(v.x)
      : v.t === "str"
        ? v.s
        : v.t === "bool"
          ? v.b
          : null;
const py = (v: Value): string =>
  v.t === "int"
    ? pyLiteral(v.v)
    : v.t === "float"
      ? pyLiteral(v.x, true)
      : v.t === "str"
        ? pyLiteral(v.s)
        : v.t === "bool"
          ? pyLiteral(v.b)
          : "None";

// Characters both CPython 3.14 and this Node classify alike (see docs/parity.md): ASCII,
// Latin-1, CJK, an emoji outside the BMP, combining marks and controls.
const char = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "é",
      "ß",
      "中",
      "文",
      "😀",
      "\u0301",
      "\n",
      "\t",
      "\x00",
      "'",
      '"',
      "\\",
      "\u00a0",
    ),
  },
);
const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(""));

// Doubles that stress rounding: ties at every scale, huge and tiny values, and specials.
const float = fc.oneof(
  fc.double(),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 8),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 1000),
  fc.constantFrom(
    0.125,
    2.675,
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

const value: fc.Arbitrary<Value> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
      )
      .map((v) => ({ t: "int" as const, v })),
  },
  { weight: 4, arbitrary: float.map((x) => ({ t: "float" as const, x })) },
  { weight: 2, arbitrary: text.map((s) => ({ t: "str" as const, s })) },
  { weight: 1, arbitrary: fc.boolean().map((b) => ({ t: "bool" as const, b })) },
  { weight: 1, arbitrary: fc.constant({ t: "none" as const }) },
);

// Specs with every type, so that most are valid and many are not.
const spec = formatSpecs({
  fills: ["*", "0", " ", "x", "{", "中"],
  maxPrecision: 25,
  types: ["b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r", "y"],
});

describe("format-spec against CPython", () => {
  it("law: format(value, spec) agrees with CPython on generated values and specs", async () => {
    await agreeWithCPython(fc.tuple(value, spec), {
      python: ([v, s]) => `format(${py(v)}, ${pyLiteral(s)})`,
      typescript: ([v, s]) => format(js(v), s),
    });
  });

  it("law: repr(value) agrees with CPython on generated values", async () => {
    await agreeWithCPython(value, {
      python: (v) => `repr(${py(v)})`,
      typescript: (v) => repr(js(v)),
    });
  });
});
