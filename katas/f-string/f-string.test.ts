import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo, f } from "#kata/f-string";
import { format, pyFloat, repr } from "#kata/format-spec";
import { expectOutcome, outcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...') for the
// f-string written beside it.

/** Calls the tag with parts built at run time, as `` f`...` `` would with literal ones. */
const tag = (parts: readonly string[], ...values: readonly unknown[]) =>
  f(Object.assign([...parts], { raw: [...parts] }), ...values);

type Row = readonly [python: string, run: () => string, expected: string];
const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("%s", (_python, run, expected) => {
    expectOutcome(run, expected);
  });

const syntaxError = (message: string) => `raises SyntaxError: f-string: ${message}`;

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

/** Python values as JS values (see the README's table). */
const pyValue = fc.oneof(
  fc.integer(),
  fc.double().map(pyFloat),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 })), { maxLength: 3 }),
);
/** Literal text with no braces. */
const plainText = fc.string({
  unit: fc.constantFrom("a", "Z", " ", ":", "!", "=", "é", "😀", "\n"),
});
/** Format specs without braces, valid and invalid. */
const spec = fc
  .array(
    fc.constantFrom(
      "<",
      ">",
      "^",
      "*",
      "+",
      " ",
      "#",
      "0",
      "5",
      "12",
      ",",
      "_",
      ".2",
      "d",
      "f",
      "e",
      "x",
      "s",
      "r",
      "%",
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(""));

describe("values-and-braces", () => {
  const self = { __format__: (s: string) => `<${s}>` };
  const named = { __str__: () => "str!", __repr__: () => "Repr(é)" };
  checkRows([
    [
      `f"Name: {'Alice'}, Age: {30}"`,
      () => f`Name: ${"Alice"}, Age: ${30}`,
      "Name: Alice, Age: 30",
    ],
    [`f"{True} {False} {None}"`, () => f`${true} ${false} ${null}`, "True False None"],
    [`f"{None}" (undefined)`, () => f`${undefined}`, "None"],
    [`f"{[1, 'a', None]}"`, () => f`${[1, "a", null]}`, "[1, 'a', None]"],
    [`f"{ {'a': 1} }"`, () => f`${{ a: 1 }}`, "{'a': 1}"],
    [`f"{0.1 + 0.2}"`, () => f`${0.1 + 0.2}`, "0.30000000000000004"],
    [`f"{1e-07}"`, () => f`${1e-7}`, "1e-07"],
    [`f"{1.0}"`, () => f`${pyFloat(1)}`, "1.0"],
    [`f"{2**70}"`, () => f`${2 ** 70}`, "1180591620717411303424"],
    [`f"{10**16}"`, () => f`${1e16}`, "10000000000000000"],
    [
      `f"{-0.0} {nan} {inf} {-inf}"`,
      () => f`${-0} ${Number.NaN} ${Infinity} ${-Infinity}`,
      "-0.0 nan inf -inf",
    ],
    [`f"{F()}" (__format__ gets "")`, () => f`${self}`, "<>"],
    [`f"{S()}" (__str__)`, () => f`${named}`, "str!"],
    [`f"{{literal}}"`, () => f`{{literal}}`, "{literal}"],
    [`f"}}{{"`, () => f`}}{{`, "}{"],
    [`f"{1}{{"`, () => f`${1}{{`, "1{"],
    [`f""`, () => f``, ""],
    // The cooked text: an escape in the template is a character, as in the Python literal.
    [`f"tab:\\t|"`, () => f`tab:\t|`, "tab:\t|"],
    [`f"a}b"`, () => f`a}b`, syntaxError("single '}' is not allowed")],
    [`f"{1}}"`, () => f`${1}}`, syntaxError("single '}' is not allowed")],
    [`f"}}}"`, () => f`}}}`, syntaxError("single '}' is not allowed")],
    [`f"{"`, () => f`{`, syntaxError("expecting '}'")],
    [`f"a{}b"`, () => f`a{}b`, syntaxError("valid expression required before '}'")],
    [`f"{ :>3}"`, () => f`{ :>3}`, syntaxError("valid expression required before ':'")],
    [
      `f"{name}" (text is no expression)`,
      () => f`{name}`,
      syntaxError("expecting a valid expression after '{'"),
    ],
  ]);

  it("law: text without fields comes back with {{ and }} halved", () => {
    const token = fc.oneof(
      plainText.map((t) => [t, t] as const),
      fc.constantFrom(["{{", "{"] as const, ["}}", "}"] as const),
    );
    fc.assert(
      fc.property(fc.array(token), (tokens) => {
        const source = tokens.map(([written]) => written).join("");
        expect(tag([source]), "the text formatted").toBe(tokens.map(([, meant]) => meant).join(""));
      }),
    );
  });

  it("law: a lone } anywhere in the text is a SyntaxError", () => {
    fc.assert(
      fc.property(plainText, plainText, pyValue, (before, after, value) => {
        expectOutcome(
          () => tag([before, `${after}}`], value),
          syntaxError("single '}' is not allowed"),
          "the text with a lone } after the field",
        );
        expectOutcome(
          () => tag([`${before}}`, after], value),
          syntaxError("single '}' is not allowed"),
          "the text with a lone } before the field",
        );
      }),
    );
  });

  it("law: a value without a suffix is format(value), with the text around it kept", () => {
    fc.assert(
      fc.property(plainText, pyValue, plainText, (before, value, after) => {
        fc.pre(!after.startsWith("{"));
        expect(tag([before, after], value), "the value formatted, with its text").toBe(
          before + format(value) + after,
        );
      }),
    );
  });
});

describe("format-specs", () => {
  const self = { __format__: (s: string) => `<${s}>` };
  checkRows([
    [`f"Pi: {3.14159:.2f}"`, () => f`Pi: ${PI}{:.2f}`, "Pi: 3.14"],
    [`f"{0.125:.2f}"`, () => f`${0.125}{:.2f}`, "0.12"],
    [`f"[{'Alice':>10}]"`, () => f`[${"Alice"}{:>10}]`, "[     Alice]"],
    [`f"{1234567:,}"`, () => f`${1234567}{:,}`, "1,234,567"],
    [`f"{255:#x}"`, () => f`${255}{:#x}`, "0xff"],
    [`f"{42:}"`, () => f`${42}{:}`, "42"],
    [`f"{'ab':=>5}"`, () => f`${"ab"}{:=>5}`, "===ab"],
    [`f"{1:>3}}}"`, () => f`${1}{:>3}}}`, "  1}"],
    [`f"{F():>5}"`, () => f`${self}{:>5}`, "<>5>"],
    [
      `f"{'a':d}"`,
      () => f`${"a"}{:d}`,
      "raises ValueError: Unknown format code 'd' for object of type 'str'",
    ],
    [
      `f"{1::}"`,
      () => f`${1}{::}`,
      "raises ValueError: Unknown format code ':' for object of type 'int'",
    ],
    [
      `f"{'a':d}{1:s}"`,
      () => f`${"a"}{:d}${1}{:s}`,
      "raises ValueError: Unknown format code 'd' for object of type 'str'",
    ],
  ]);

  it("law: a value followed by {:spec} is format(value, spec), errors included", () => {
    fc.assert(
      fc.property(pyValue, spec, (value, s) => {
        expectOutcome(
          () => tag(["", `{:${s}}`], value),
          outcome(() => format(value, s)),
          `the value followed by {:${s}}`,
        );
      }),
    );
  });

  it("law: fields in a row format independently, the text between them kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pyValue, fc.constantFrom("", ">6", "^7", "<3")), { maxLength: 4 }),
        plainText,
        (fields, text) => {
          const parts = ["", ...fields.map(([, s]) => `{:${s}}${text}`)];
          // map() formats left to right, so the first error is the one CPython raises too.
          const expected = outcome(() => fields.map(([v, s]) => format(v, s) + text).join(""));
          expectOutcome(
            () => tag(parts, ...fields.map(([v]) => v)),
            expected,
            "the fields in a row formatted",
          );
        },
      ),
    );
  });
});

describe("conversions-and-debug", () => {
  const named = { __str__: () => "str!", __repr__: () => "Repr(é)" };
  const name = "Alice";
  checkRows([
    [`f"{'Alice'!r}"`, () => f`${name}{!r}`, "'Alice'"],
    [`f"{'Alice'!r:>9}"`, () => f`${name}{!r:>9}`, "  'Alice'"],
    [`f"{'Alice'!s:^9}"`, () => f`${name}{!s:^9}`, "  Alice  "],
    [`f"{[]!r:>4}"`, () => f`${[]}{!r:>4}`, "  []"],
    [`f"{'Zoë'!a}"`, () => f`${"Zoë"}{!a}`, "'Zo\\xeb'"],
    [`f"{'中'!a}"`, () => f`${"中"}{!a}`, "'\\u4e2d'"],
    [`f"{'😀'!a}"`, () => f`${"😀"}{!a}`, "'\\U0001f600'"],
    [`f"{'ÿ'!a}"`, () => f`${"ÿ"}{!a}`, "'\\xff'"],
    [`f"{[1, 'é']!a}"`, () => f`${[1, "é"]}{!a}`, "[1, '\\xe9']"],
    [
      `f"{S()!r} {S()!s} {S()!a}"`,
      () => f`${named}{!r} ${named}{!s} ${named}{!a}`,
      "Repr(é) str! Repr(\\xe9)",
    ],
    [`f"{1!r }"`, () => f`${1}{!r }`, "1"],
    [`f"{x=}"`, () => f`${PI}{x=}`, "x=3.14159"],
    [`f"{name=}"`, () => f`${name}{name=}`, "name='Alice'"],
    [`f"{x = }"`, () => f`${PI}{x = }`, "x = 3.14159"],
    [`f"{ name=}"`, () => f`${name}{ name=}`, " name='Alice'"],
    [`f"{x=:.2f}"`, () => f`${PI}{x=:.2f}`, "x=3.14"],
    [`f"{name=:}"`, () => f`${name}{name=:}`, "name=Alice"],
    [`f"{name=!s}"`, () => f`${name}{name=!s}`, "name=Alice"],
    [`f"{name = !r:>10}"`, () => f`${name}{name = !r:>10}`, "name =    'Alice'"],
    [`f"{S()=}"`, () => f`${named}{S()=}`, "S()=Repr(é)"],
    [`f"{1!}"`, () => f`${1}{!}`, syntaxError("missing conversion character")],
    [`f"{1!:>3}"`, () => f`${1}{!:>3}`, syntaxError("missing conversion character")],
    [
      `f"{1!z}"`,
      () => f`${1}{!z}`,
      syntaxError("invalid conversion character 'z': expected 's', 'r', or 'a'"),
    ],
    [
      `f"{1!rr}"`,
      () => f`${1}{!rr}`,
      syntaxError("invalid conversion character 'rr': expected 's', 'r', or 'a'"),
    ],
    [`f"{1!1}"`, () => f`${1}{!1}`, syntaxError("invalid conversion character")],
    [
      `f"{1! r}"`,
      () => f`${1}{! r}`,
      syntaxError("conversion type must come right after the exclamation mark"),
    ],
    [`f"{1!r!s}"`, () => f`${1}{!r!s}`, syntaxError("expecting ':' or '}'")],
    [`f"{x!r=}"`, () => f`${1}{!r=}`, syntaxError("expecting ':' or '}'")],
    [`f"{=}"`, () => f`${1}{=}`, syntaxError("valid expression required before '='")],
    [`f"{x=y}"`, () => f`${1}{x=y}`, syntaxError("expecting '!', or ':', or '}'")],
    [`f"{x==}"`, () => f`${1}{x==}`, syntaxError("expecting '=', or '!', or ':', or '}'")],
    [`f"{1!=}"`, () => f`${1}{!=}`, syntaxError("expecting '=', or '!', or ':', or '}'")],
    [`f"{x=!=}"`, () => f`${1}{x=!=}`, syntaxError("expecting '!', or ':', or '}'")],
    [`f"{1!"`, () => f`${1}{!`, syntaxError("expecting '}'")],
    [`f"{1! "`, () => f`${1}{! `, syntaxError("expecting '}'")],
    [`f"{x="`, () => f`${1}{x=`, syntaxError("expecting '}'")],
    [`f"{1!{2}}"`, () => f`${1}{!${2}}`, syntaxError("invalid conversion character")],
  ]);

  it("law: a conversion runs before the spec: {!r:spec} is format(repr(v), spec)", () => {
    fc.assert(
      fc.property(pyValue, fc.constantFrom("", ">20", "*^15", ".3", "<9"), (value, s) => {
        expect(tag(["", `{!r:${s}}`], value), `{!r:${s}} of the value`).toBe(
          format(repr(value), s),
        );
      }),
    );
  });

  it("law: !a is ASCII only, and is !r when repr is ASCII already", () => {
    fc.assert(
      fc.property(pyValue, (value) => {
        const ascii = tag(["", "{!a}"], value);
        expect(ascii, "{!a} of the value").toMatch(/^\p{ASCII}*$/u);
        const r = repr(value);
        if (/^\p{ASCII}*$/u.test(r)) expect(ascii, "{!a} of the value, against its repr()").toBe(r);
      }),
    );
  });

  it("law: {label=} prints the label, '=', and repr(v); with a spec, format(v, spec)", () => {
    const label = fc.stringMatching(/^ ?[a-z_][a-z0-9_.]{0,6} ?$/);
    fc.assert(
      fc.property(label, fc.constantFrom("", " "), pyValue, (l, after, value) => {
        expect(tag(["", `{${l}=${after}}`], value), `{${l}=${after}} of the value`).toBe(
          `${l}=${after}${repr(value)}`,
        );
        expect(tag(["", `{${l}=${after}:}`], value), `{${l}=${after}:} of the value`).toBe(
          `${l}=${after}${format(value)}`,
        );
      }),
    );
  });
});

describe("nested-specs-and-errors", () => {
  checkRows([
    [`f"[{3.14159:{10}.{3}f}]"`, () => f`[${PI}{:${10}.${3}f}]`, "[     3.142]"],
    [`f"{'ab':{'*'}^{6}}"`, () => f`${"ab"}{:${"*"}^${6}}`, "**ab**"],
    [`f"{'ab':{'x'!s}>{6:d}}"`, () => f`${"ab"}{:${"x"}{!s}>${6}{:d}}`, "xxxxab"],
    [`f"{'ab':{6:{'d'}}}"`, () => f`${"ab"}{:${6}{:${"d"}}}`, "ab    "],
    [`f"{1.5:{'.'}{3}}"`, () => f`${1.5}{:${"."}${3}}`, "1.5"],
    [`f"{1 }"`, () => f`${1}{ }`, "1"],
    [`f"{1 \\t\\n\\r\\f}"`, () => f`${1}{ \t\n\r\f}`, "1"],
    [
      `f"{1:{2:{3:{4}}}}"`,
      () => f`${1}{:${2}{:${3}{:${4}}}}`,
      syntaxError("expressions nested too deeply"),
    ],
    [`f"{1:{}}"`, () => f`${1}{:{}}`, syntaxError("valid expression required before '}'")],
    [
      `f"{1:{2:{}}}"`,
      () => f`${1}{:${2}{:{}}}`,
      syntaxError("valid expression required before '}'"),
    ],
    [
      `f"{1:{2:{3:{}}}}"`,
      () => f`${1}{:${2}{:${3}{:{}}}}`,
      syntaxError("expressions nested too deeply"),
    ],
    [`f"{1:{2}"`, () => f`${1}{:${2}`, syntaxError("expecting '}', or format specs")],
    [`f"{1:>3"`, () => f`${1}{:>3`, syntaxError("expecting '}', or format specs")],
    [`f"{1!r"`, () => f`${1}{!r`, syntaxError("expecting '}'")],
    [`f"{1}{"`, () => f`${1}{`, syntaxError("expecting '}'")],
    [`f"{1;}"`, () => f`${1}{;}`, syntaxError("expecting '=', or '!', or ':', or '}'")],
    [`f"{1}{:x}"`, () => f`${1}{:x}{:x}`, syntaxError("valid expression required before ':'")],
    [
      `f"{'a':d} }" (syntax first)`,
      () => f`${"a"}{:d} }`,
      syntaxError("single '}' is not allowed"),
    ],
  ]);

  const transcript = [
    "Name: Alice, Age: 30",
    "Pi: 3.14",
    "[     3.142]",
    "[  'Alice'] [  Alice  ]",
    "name='Alice' age = 30 pi=3.1",
    "'Zo\\xeb' 0x1e {literal braces}",
    "True None [1, 'a'] 0.30000000000000004",
    "1.0 1180591620717411303424 10,000,000,000,000,000",
  ];

  it("demo() prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });

  it("law: nested values are formatted into the spec first: x, {:, w, ., p, f} is format(x, w.pf)", () => {
    fc.assert(
      fc.property(fc.double().map(pyFloat), fc.nat(30), fc.nat(20), (x, w, p) => {
        expect(tag(["", "{:", ".", "f}"], x, w, p), `x with the nested spec ${w}.${p}f`).toBe(
          format(x, `${w}.${p}f`),
        );
      }),
    );
  });

  it("law: the whole template is parsed before any value is formatted", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pyValue, spec), { maxLength: 3 }), (fields) => {
        const parts = ["", ...fields.map(([, s]) => `{:${s}}`)];
        parts[parts.length - 1] += "}";
        expectOutcome(
          () => tag(parts, ...fields.map(([v]) => v)),
          syntaxError("single '}' is not allowed"),
          "the template with a lone } at its end",
        );
      }),
    );
  });
});
