import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo, format, PyError, pyFloat, repr, str } from "#kata/format-spec";
import { expectOutcome, outcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...').

type Row = readonly [value: unknown, spec: string, expected: string];
type ErrorRow = readonly [value: unknown, spec: string, pyType: string, message: string];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("format(%o, %j) is %j", (value, spec, expected) => {
    expectOutcome(() => format(value, spec), expected);
  });

/** A reader for Python string literals, independent of repr(): enough to undo its escapes. */
function readPyString(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/gsu, (_, code: string) => {
    if (code.length > 1) return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
    return { n: "\n", t: "\t", r: "\r" }[code] ?? code;
  });
}

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

/** Any code point, lone surrogates included, with ASCII and tricky characters favoured. */
const codePoint = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.constantFrom("'", '"', "\\", "\n", "\t", "\x7f", "\u00ad", "\u3000", "é", "中", "😀"),
);
const pyText = fc.string({ unit: codePoint });

describe("strings-and-repr", () => {
  it("a str goes through format-text: format() pads, cuts and refuses as format-text does", () => {
    expect(format("😀ab", "*^6.2")).toBe("**😀a**");
    expectOutcome(
      () => format("x", "#5"),
      "raises ValueError: Alternate form (#) not allowed in string format specifier",
    );
  });

  it.each([
    ["Alice", "'Alice'"],
    ["it's", `"it's"`],
    ['a"b', `'a"b'`],
    [`'"`, `'\\'"'`],
    ["tab\tnew\nline\r", "'tab\\tnew\\nline\\r'"],
    ["\x00\x7f", "'\\x00\\x7f'"],
    ["\u00ad", "'\\xad'"],
    ["\u00e9\u4e2d", "'é中'"],
    ["\u2028", "'\\u2028'"],
    ["\u3000 ", "'\\u3000 '"],
    ["😀", "'😀'"],
    ["\u{e0001}", "'\\U000e0001'"],
    ["\\", "'\\\\'"],
    ["\ud800", "'\\ud800'"],
    ["\x85\xa0", "'\\x85\\xa0'"],
    // Alone, with nothing else to escape, and printable non-ASCII next to an escape.
    ["\xa0", "'\\xa0'"],
    ["\u3000", "'\\u3000'"],
    ["\uffff", "'\\uffff'"],
    ["é\n中", "'é\\n中'"],
  ])("repr(%j) is %s", (text, expected) => {
    expect(repr(text)).toBe(expected);
  });

  it("str() of a str is the str itself", () => {
    expect(str("it's\n")).toBe("it's\n");
  });

  it("law: repr(s) is a Python literal that reads back as s", () => {
    fc.assert(
      fc.property(pyText, (s) => {
        const literal = repr(s);
        expect(["'", '"'], "quotes repr(s) may open with").toContain(literal[0]);
        expect(literal, "repr(s)").not.toMatch(/[\n\r\t]/);
        expect(readPyString(literal), "repr(s) read back").toBe(s);
      }),
    );
  });
});

describe("ints-bools-and-none", () => {
  it("an int and a bool go through format-int: format() signs, pads, groups and refuses as format-int does", () => {
    expect(format(-255, "#010x")).toBe("-0x00000ff");
    expect(format(1234567, "_")).toBe("1_234_567");
    expect(format(12345678901234567890n, ",")).toBe("12,345,678,901,234,567,890");
    expect(format(1e21)).toBe("1000000000000000000000");
    expect(format(true)).toBe("True");
    expect(format(true, ">5")).toBe("    1");
    expectOutcome(
      () => format(5, ".2"),
      "raises ValueError: Precision not allowed in integer format specifier",
    );
    expectOutcome(
      () => format(true, "s"),
      "raises ValueError: Unknown format code 's' for object of type 'bool'",
    );
  });

  it("one spec formats a str and an int each by its own default type: format('ab', '>4') is '  ab', format(12, '>4') is '  12'", () => {
    expect([format("ab", ">4"), format(12, ">4"), format("ab", ">4")]).toEqual([
      "  ab",
      "  12",
      "  ab",
    ]);
  });

  it.each([
    [42, "42"],
    [-7n, "-7"],
    [2n ** 64n, "18446744073709551616"],
    [true, "True"],
    [false, "False"],
    [null, "None"],
    [undefined, "None"],
  ])("repr(%o) is %s", (value, expected) => {
    expect(repr(value)).toBe(expected);
    expect(str(value)).toBe(expected);
  });
});

describe("floats", () => {
  // The digits themselves are format-float's (its spec checks them): here, which values are floats.
  checkRows([
    [PI, ".2f", "3.14"],
    [0.125, ".2f", "0.12"],
    [pyFloat(1e21), "f", "1000000000000000000000.000000"],
    [pyFloat(1), "", "1.0"],
    [1.5, "", "1.5"],
    [pyFloat(1), ".3", "1.0"],
    [pyFloat(1e16), "", "1e+16"],
    [Number.NEGATIVE_INFINITY, "+", "-inf"],
    [Number.NaN, "F", "NAN"],
    [-0, "", "-0.0"],
    [pyFloat(0), "", "0.0"],
    [-0, "z", "0.0"],
    [pyFloat(1e15), ">20", "  1000000000000000.0"],
    [-1234.5, "012,.1f", "-0,001,234.5"],
    // Float types turn an int or a bool into a float first: format-int never sees them.
    [42, ".2f", "42.00"],
    [1234, "E", "1.234000E+03"],
    [1234, "F", "1234.000000"],
    [1234, "g", "1234"],
    [1234, "G", "1234"],
    [1234, "%", "123400.000000%"],
    [true, ".1f", "1.0"],
    [2n ** 53n + 1n, ".0f", "9007199254740992"],
    [7, "e", "7.000000e+00"],
  ]);

  it.each([
    [pyFloat(1), "1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [pyFloat(1e16), "1e+16"],
    [pyFloat(1e15), "1000000000000000.0"],
    [-0, "-0.0"],
    [Number.NaN, "nan"],
    [Number.NEGATIVE_INFINITY, "-inf"],
  ])("repr(%o) is %s", (value, expected) => {
    expect(repr(value)).toBe(expected);
    expect(str(value)).toBe(expected);
  });

  it("law: an int or a bool with a float type formats as the float of its value", () => {
    const ints = fc.oneof(
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
      fc.integer(),
      fc.boolean(),
    );
    const floatType = fc.constantFrom("e", "E", "f", "F", "g", "G", "%");
    fc.assert(
      fc.property(ints, floatType, fc.nat(8), (n, t, p) => {
        expect(format(n, `.${p}${t}`), `format(n, ".${p}${t}")`).toBe(
          format(pyFloat(Number(n)), `.${p}${t}`),
        );
      }),
    );
  });
});

describe("objects-and-errors", () => {
  checkRows([[null, "", "None"]]);

  it.each<ErrorRow>([
    [1.5, "d", "ValueError", "Unknown format code 'd' for object of type 'float'"],
    [10n ** 400n, "f", "OverflowError", "int too large to convert to float"],
    [null, "s", "TypeError", "unsupported format string passed to NoneType.__format__"],
    [[1], ">3", "TypeError", "unsupported format string passed to list.__format__"],
    [{ a: 1 }, "x", "TypeError", "unsupported format string passed to dict.__format__"],
  ])("format(%o, %j) raises %s: %s", (value, spec, pyType, message) => {
    expectOutcome(() => format(value, spec), `raises ${pyType}: ${message}`);
  });

  it.each<ErrorRow>([
    [5, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'int'"],
    [1.5, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'float'"],
    [true, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'bool'"],
    ["ab", "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'str'"],
  ])(
    "format(%o, %j) names its type in format-text's parser error: %s: %s",
    (value, spec, pyType, message) => {
      expectOutcome(() => format(value, spec), `raises ${pyType}: ${message}`);
    },
  );

  it("an error is a PyError and an Error, named after the Python class", () => {
    const error = (() => {
      try {
        format(1.5, "d");
      } catch (caught) {
        return caught;
      }
    })();
    const fields =
      error instanceof PyError ? [error.name, error.pyType, error instanceof Error] : [];
    expect(fields).toEqual(["ValueError", "ValueError", true]);
  });

  it("objects: __format__ gets the spec, __str__ serves the empty spec, others are refused", () => {
    class Money {
      __format__(spec: string) {
        return `$${format(12.5, spec)}`;
      }
    }
    class Named {
      __str__() {
        return "named";
      }
      __repr__() {
        return "Named()";
      }
    }
    expect(format(new Money(), ".2f")).toBe("$12.50");
    expect(format(new Named())).toBe("named");
    expect(str(new Named())).toBe("named");
    expect(repr(new Named())).toBe("Named()");
    expect(repr([new Named()])).toBe("[Named()]");
    expectOutcome(
      () => format(new Named(), "s"),
      "raises TypeError: unsupported format string passed to Named.__format__",
    );
    expectOutcome(
      () => format({ __format__: () => 5 }, "x"),
      "raises TypeError: __format__ must return a str, not int",
    );
  });

  it.each([
    [[1, "a", null, true, pyFloat(1), [], {}], "[1, 'a', None, True, 1.0, [], {}]"],
    [{ a: [1.5], "it's": "x" }, `{'a': [1.5], "it's": 'x'}`],
    [[["x"], { k: null }], "[['x'], {'k': None}]"],
  ])("repr(%o) is %s", (value, expected) => {
    expect(repr(value)).toBe(expected);
    expect(str(value)).toBe(expected);
  });

  it("objects: the type name is the class's, `object` for a literal or an anonymous class", () => {
    class Point {}
    const literal = { __str__: () => "s" };
    const anonymous = new (class {
      __str__() {
        return "s";
      }
    })();
    const bare: unknown = Object.assign(Object.create(null), { __str__: () => "s" });
    const refused = (name: string) =>
      `raises TypeError: unsupported format string passed to ${name}.__format__`;
    expectOutcome(() => format(new Point(), "x"), refused("Point"));
    expect(repr(new Point())).toBe("<Point object>");
    expectOutcome(() => format(literal, "x"), refused("object"));
    expectOutcome(() => format(anonymous, "x"), refused("object"));
    expectOutcome(() => format(bare, "x"), refused("object"));
    // A JS function is a Python function; an object without a prototype is still a dict.
    expectOutcome(() => format(() => 1, "x"), refused("function"));
    expectOutcome(() => format(Object.create(null), "x"), refused("dict"));
    expect(repr(Object.create(null))).toBe("{}");
  });

  it("objects: str() falls back to __repr__, and both must return a str", () => {
    class OnlyRepr {
      __repr__() {
        return "R()";
      }
    }
    expect(str(new OnlyRepr())).toBe("R()");
    expect(format(new OnlyRepr())).toBe("R()");
    expectOutcome(
      () => str({ __str__: () => 5 }),
      "raises TypeError: __str__ returned non-string (type int)",
    );
    expectOutcome(
      () => repr({ __repr__: () => 5 }),
      "raises TypeError: __repr__ returned non-string (type int)",
    );
  });

  it("a dict inside itself prints as {...}", () => {
    const dict: Record<string, unknown> = {};
    dict.self = dict;
    expect(repr(dict)).toBe("{'self': {...}}");
  });

  it("a list inside itself prints as [...]", () => {
    const list: unknown[] = [1];
    list.push(list);
    expect(repr(list)).toBe("[1, [...]]");
  });

  const transcript = [
    "Pi: 3.14",
    "Name: Alice, Age: 30",
    "0.12",
    "2.67",
    "12,345,678,901,234,567,890",
    "[     Alice]",
    "[***Alice***]",
    "42.00",
    "-0,001,234.5",
    "25.0%",
    "123_456.123_456",
    "True 1",
    "1e+16 0.1 1e-05 1.0",
    `"it's"`,
  ];

  it("demo() prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });

  it("law: format either returns a string or raises a ValueError, TypeError or OverflowError", () => {
    const specChar = fc.constantFrom(
      ..."<>=^+- z#012,_.dfxcs%egnE*😀".split("").filter((c) => c !== "\ud83d" && c !== "\ude00"),
      "😀",
    );
    const values = fc.oneof(
      fc.double().map(pyFloat),
      fc.bigInt(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(values, fc.string({ unit: specChar, maxLength: 6 }), (value, spec) => {
        const result = outcome(() => format(value, spec));
        if (result.startsWith("raises ")) {
          expect(result, `what format(value, ${JSON.stringify(spec)}) raised`).toMatch(
            /^raises (ValueError|TypeError|OverflowError): /,
          );
        }
      }),
    );
  });

  it("law: an object's __format__ receives the spec unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (spec) => {
        expect(
          format({ __format__: (s: string) => `<${s}>` }, spec),
          "what format() returns from __format__",
        ).toBe(`<${spec}>`);
      }),
    );
  });
});
