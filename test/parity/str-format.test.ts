import fc from "fast-check";
import { it } from "vitest";
import { pyFloat } from "#kata/format-spec";
import { strFormat } from "#kata/str-format";
import { agreeWithCPython, pyLiteral, RUNS } from "./cpython.ts";

// A generated value, tagged so that floats stay floats and dicts get attribute access on both sides.
type Value =
  | { readonly t: "plain"; readonly v: number | bigint | string | boolean | null }
  | { readonly t: "float"; readonly x: number }
  | { readonly t: "list"; readonly items: readonly Value[] }
  | { readonly t: "dict"; readonly entries: readonly (readonly [string, Value])[] };

interface Case {
  readonly template: string;
  readonly args: readonly Value[];
  readonly kwargs: readonly (readonly [string, Value])[];
}

// Keys and attribute names: none of them is a method of dict, str, list, int or float, and none
// looks like an integer (a JS object lists "1" before "a", a Python dict keeps insertion order).
const key = fc.constantFrom("a", "b", "name", "w", "p", "x y", "é", "-1", "}", ":", "!r");

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom("a", "b", " ", "'", '"', "\\", "\n", "é", "中", "😀", "\ud800", "{", "}", "٣"),
    fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCodePoint(cp)),
  ),
  maxLength: 6,
});

const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value; leaf: Value }>((tie) => ({
  leaf: fc.oneof(
    fc
      .oneof(
        fc.integer({ min: -5, max: 40 }),
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        text,
        fc.boolean(),
        fc.constant(null),
      )
      .map((v) => ({ t: "plain" as const, v })),
    fc.double().map((x) => ({ t: "float" as const, x })),
  ),
  value: fc.oneof(
    { weight: 5, arbitrary: tie("leaf") },
    {
      weight: 1,
      arbitrary: fc
        .array(tie("value"), { maxLength: 3 })
        .map((items) => ({ t: "list" as const, items })),
    },
    {
      weight: 1,
      arbitrary: fc
        .uniqueArray(fc.tuple(key, tie("value")), { maxLength: 3, selector: ([k]) => k })
        .map((entries) => ({ t: "dict" as const, entries })),
    },
  ),
})).value;

// Wild fields: any name, accessor, conversion and spec, valid or not.
const firstPart = fc.constantFrom(
  "",
  "",
  "0",
  "1",
  "2",
  "3",
  "٣",
  "01",
  "a",
  "name",
  "w",
  "x y",
  "-1",
  "é",
  "99999999999",
  "2147483648",
  "]",
);
const accessor = fc.constantFrom(
  ".real",
  ".imag",
  ".numerator",
  ".denominator",
  ".name",
  ".a",
  ".zz",
  "[0]",
  "[1]",
  "[2]",
  "[a]",
  "[name]",
  "[-1]",
  "[x y]",
  "[}]",
  "[:]",
  "[!r]",
  "[٣]",
  "[]",
  ".",
  "x",
  "[99999999999]",
  "[",
  "[}",
);
const plainSpec = fc.constantFrom(
  "",
  ">5",
  "<3",
  "^7",
  "*^9",
  ".2f",
  ".3",
  "d",
  "x",
  "s",
  ",",
  "05",
  "+",
  "e",
  "%",
);
const nestedSpec = fc.constantFrom(
  "{}",
  "{w}",
  ">{}",
  "{0}",
  "{}.{}f",
  "{w}.{p}f",
  "{:{}}",
  "{!r}",
  "{{}}",
  "{a[0]}",
  "{}}",
  "{",
);
const wildField = fc
  .tuple(
    firstPart,
    fc.array(accessor, { maxLength: 2 }),
    fc.constantFrom("", "", "", "!r", "!s", "!a", "!x", "!", "! ", "!é", "!rr"),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 3, arbitrary: plainSpec.map((s) => `:${s}`) },
      { weight: 2, arbitrary: nestedSpec.map((s) => `:${s}`) },
    ),
    fc.constantFrom("}", "}", "}", "}", ""),
  )
  .map(([first, rest, conv, s, close]) => `{${first}${rest.join("")}${conv}${s}${close}`);

// Well-formed fields: "#" is a positional field, numbered automatically or by hand per template.
const goodField = fc
  .tuple(
    fc.constantFrom("#", "#", "#", "a", "name", "w"),
    fc.oneof(
      { weight: 8, arbitrary: fc.constant("") },
      {
        weight: 1,
        arbitrary: fc.constantFrom(".real", ".imag", ".name", ".a", "[0]", "[1]", "[a]"),
      },
    ),
    fc.constantFrom("", "", "", "!r", "!s", "!a"),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 3, arbitrary: fc.constantFrom(":>5", ":<3", ":^7", ":*^9", ":", ":10") },
      { weight: 1, arbitrary: plainSpec.map((s) => `:${s}`) },
      { weight: 2, arbitrary: fc.constantFrom(":{w}", ":>{#}", ":{w}.{p}f", ":*^{p}", ":{#}.{#}") },
    ),
  )
  .map(([first, rest, conv, s]) => `{${first}${rest}${conv}${s}}`);
const goodLiteral = fc.constantFrom("Name: ", ", ", "a", "😀", " ", "{{", "}}", "x=", "é");
const goodTemplate = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: goodField }, { weight: 1, arbitrary: goodLiteral }), {
      maxLength: 4,
    }),
    fc.boolean(),
    fc.infiniteStream(fc.nat(3)),
  )
  .map(([parts, automatic, indices]) =>
    parts.join("").replace(/#/g, () => (automatic ? "" : String(indices.next().value))),
  );

// A well-formed template with one stray token inserted, or cut short.
const brokenTemplate = fc
  .tuple(
    goodTemplate,
    fc.nat(),
    fc.constantFrom("{", "}", "!", ":", "[", "]", ".", "!x", "{}", "{0}", "99999999999", ""),
  )
  .map(([t, at, token]) => {
    const i = t.length === 0 ? 0 : at % (t.length + 1);
    return token === "" ? t.slice(0, i) : t.slice(0, i) + token + t.slice(i);
  });
const wildTemplate = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: wildField },
      { weight: 1, arbitrary: fc.constantFrom("Name: ", "a", "😀", "{{", "}}", "{", "}", "{ ") },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(""));

const small = fc.nat(12).map((v): Value => ({ t: "plain", v }));
const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  template: fc.oneof(
    { weight: 6, arbitrary: goodTemplate },
    { weight: 2, arbitrary: brokenTemplate },
    { weight: 2, arbitrary: wildTemplate },
  ),
  args: fc.array(fc.oneof(value, small), { minLength: 2, maxLength: 5 }),
  kwargs: fc
    .tuple(
      fc.uniqueArray(fc.tuple(key, value), { maxLength: 3, selector: ([k]) => k }),
      small,
      small,
      value,
      value,
    )
    .map(([entries, w, p, a, name]) => [
      ["w", w] as const,
      ["p", p] as const,
      ["a", a] as const,
      ["name", name] as const,
      ...entries,
    ])
    .map((entries) => [...new Map(entries)]),
});

function toTs(v: Value): unknown {
  switch (v.t) {
    case "plain":
      return v.v;
    case "float":
      return pyFloat(v.x);
    case "list":
      return v.items.map(toTs);
    case "dict":
      return Object.fromEntries(v.entries.map(([k, item]) => [k, toTs(item)]));
  }
}

// `D` is a dict whose keys are also attributes (JS objects have one namespace for both); it is
// named "dict" so that its repr and its error messages are a dict's.
function toPython(v: Value): string {
  switch (v.t) {
    case "plain":
      return pyLiteral(v.v);
    case "float":
      return pyLiteral(v.x, true);
    case "list":
      return `[${v.items.map(toPython).join(", ")}]`;
    case "dict":
      return `D({${v.entries.map(([k, item]) => `${JSON.stringify(k)}: ${toPython(item)}`).join(", ")}})`;
  }
}

const ATTR_DICT = `type("dict", (dict,), {"__getattr__": lambda s, k: s[k] if k in s else getattr({}, k)})`;

it(`law: str-format agrees with CPython on generated templates and arguments (${RUNS} cases)`, async () => {
  await agreeWithCPython(caseArbitrary, {
    python: ({ template: t, args, kwargs }) => {
      const kw = kwargs.map(([k, v]) => `${JSON.stringify(k)}: ${toPython(v)}`).join(", ");
      const call = `${JSON.stringify(t)}.format(*[${args.map(toPython).join(", ")}], **{${kw}})`;
      return `(lambda D: ${call})(${ATTR_DICT})`;
    },
    typescript: ({ template: t, args, kwargs }) =>
      strFormat(t, args.map(toTs), Object.fromEntries(kwargs.map(([k, v]) => [k, toTs(v)]))),
  });
});
