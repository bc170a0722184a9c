import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo, format, PyError, pyFloat, repr, str } from "#kata/format-spec";
import { fixedOracle } from "../../src/testing/exact-decimal.ts";
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

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

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
  checkRows([
    [PI, ".2f", "3.14"],
    [0.125, ".2f", "0.12"],
    [0.375, ".2f", "0.38"],
    [2.675, ".2f", "2.67"],
    [2.5, ".0f", "2"],
    [3.5, ".0f", "4"],
    [pyFloat(1e21), "f", "1000000000000000000000.000000"],
    [1e-7, "f", "0.000000"],
    [0.5, ".0f", "0"],
    [1.5, "#.0f", "2."],
    [pyFloat(1), "", "1.0"],
    [1.5, "", "1.5"],
    [pyFloat(1), ".3", "1.0"],
    [pyFloat(123), ".2", "1.2e+02"],
    [1.5, ".0", "2e+00"],
    [pyFloat(1e16), "", "1e+16"],
    [1234.5678, "e", "1.234568e+03"],
    [1234.5678, ".2E", "1.23E+03"],
    [0.000123, ".1e", "1.2e-04"],
    [pyFloat(1e100), ".0e", "1e+100"],
    [pyFloat(1), "#.0e", "1.e+00"],
    [1234.5678, "g", "1234.57"],
    [0.00001234, "g", "1.234e-05"],
    [pyFloat(1e6), "g", "1e+06"],
    [pyFloat(100000), "g", "100000"],
    [1.5, "#g", "1.50000"],
    [1.5, ".0g", "2"],
    [0.0001, "g", "0.0001"],
    [123456789.5, ".3G", "1.23E+08"],
    [1.5, "n", "1.5"],
    [0.25, "%", "25.000000%"],
    [0.125, ".1%", "12.5%"],
    [1 / 3, ".2%", "33.33%"],
    [0.0005, ".0%", "0%"],
    [Number.POSITIVE_INFINITY, "", "inf"],
    [Number.NEGATIVE_INFINITY, "+", "-inf"],
    [Number.NaN, "F", "NAN"],
    [Number.POSITIVE_INFINITY, "010", "0000000inf"],
    [Number.POSITIVE_INFINITY, "%", "inf%"],
    [Number.NaN, "+", "+nan"],
    [-0, "", "-0.0"],
    [pyFloat(0), "", "0.0"],
    [0, ".1f", "0.0"],
    [-0, "z", "0.0"],
    [-0.0001, ".2f", "-0.00"],
    [-0.0001, "z.2f", "0.00"],
    [-0, "g", "-0"],
    [-0.4, "z.0f", "0"],
    [-PI, "+010.2f", "-000003.14"],
    [PI, " .3f", " 3.142"],
    [PI, "*^12.3f", "***3.142****"],
    [-1.5, "=10", "-      1.5"],
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
    // Not ties: a kept even digit must still round up.
    [1.26, ".1f", "1.3"],
    [0.126, ".2f", "0.13"],
    // A tie whose last bit is in the low 32 bits of the mantissa.
    [4194304.5, ".0f", "4194304"],
    // Ties that carry into a new leading digit.
    [9.5, ".0e", "1e+01"],
    [9.5, ".1g", "1e+01"],
    [99.5, ".1e", "1.0e+02"],
    // Past 100 decimals and 101 significant digits, where toFixed and toExponential stop.
    [1e-200, ".110f", `0.${"0".repeat(110)}`],
    [6e-102, ".101f", `0.${"0".repeat(100)}1`],
    [
      5e-324,
      ".110e",
      "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695e-324",
    ],
    [Number.POSITIVE_INFINITY, "F", "INF"],
    [Number.NEGATIVE_INFINITY, "E", "-INF"],
    [0.001, "#.4g", "0.001000"],
    // Ties in 'e' and 'g' that round down to the even digit (toExponential rounds them up).
    [2.5, ".0e", "2e+00"],
    [0.125, ".1e", "1.2e-01"],
    [0.125, ".2g", "0.12"],
    [2.5, ".1g", "2"],
    // A tie at exactly 100 decimals, toFixed's last precision.
    [
      2 ** -101,
      ".100f",
      "0.0000000000000000000000000000003944304526105059027058642826413931148366032175545115023851394653320312",
    ],
    // 2.0**341 has 103 digits ending in "52": more than 101 significant digits, rounded down.
    [
      pyFloat(2 ** 341),
      ".101e",
      "4.47948948435560842111488456113688855624329099446929906979997820192758374236032189076175498654321423155e+102",
    ],
    [0.5, "g", "0.5"],
    [pyFloat(1e15), ">20", "  1000000000000000.0"],
    [1.5, "#.2f", "1.50"],
    // 'z' only drops the sign of a zero, whatever path the digits come from.
    [-1.5, "z.1f", "-1.5"],
    [-0, "z.2e", "0.00e+00"],
    [-4e-102, "z.101f", `0.${"0".repeat(101)}`],
  ]);

  it("'f' never switches to exponent form: format(1e300, 'f') prints all 301 digits", () => {
    expect(format(pyFloat(1e300), "f")).toBe(
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
    );
  });

  it.each([
    [pyFloat(1), "1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [pyFloat(1e16), "1e+16"],
    [pyFloat(1e15), "1000000000000000.0"],
    [0.0001, "0.0001"],
    [5e-324, "5e-324"],
    [pyFloat(1.7976931348623157e308), "1.7976931348623157e+308"],
    [0.1 + 0.2, "0.30000000000000004"],
    [-0, "-0.0"],
    [Number.NaN, "nan"],
    [Number.NEGATIVE_INFINITY, "-inf"],
  ])("repr(%o) is %s", (value, expected) => {
    expect(repr(value)).toBe(expected);
    expect(str(value)).toBe(expected);
  });

  it("law: format(x, '.{p}f') is the exact binary value rounded half to even", () => {
    fc.assert(
      fc.property(finiteDouble, fc.nat(25), (x, p) => {
        expect(format(pyFloat(x), `.${p}f`), `format(pyFloat(x), ".${p}f")`).toBe(
          fixedOracle(x, p),
        );
      }),
    );
  });

  it("law: exact ties round to even: (2k + 1) / 2^(p+1) scaled to p decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.nat(6), (k, p) => {
        const x = (2 * k + 1) / 2 ** (p + 1);
        expect(format(x, `.${p}f`), `format(x, ".${p}f")`).toBe(fixedOracle(x, p));
      }),
    );
  });

  it("law: past 100 decimals too, '.{p}f' is the exact binary value rounded half to even", () => {
    // Tiny values have more than 100 exact decimals, so the rounding happens past toFixed's reach.
    const tiny = fc.double({ min: 1e-60, max: 1e-16, noNaN: true });
    fc.assert(
      fc.property(tiny, fc.boolean(), fc.integer({ min: 101, max: 140 }), (x, negative, p) => {
        const value = negative ? -x : x;
        expect(format(value, `.${p}f`), `format(value, ".${p}f")`).toBe(fixedOracle(value, p));
      }),
    );
  });

  it("law: exact ties round to even for any odd mantissa, up to 110 decimals", () => {
    // (2k + 1) / 2^(p+1) is exact for 2k + 1 < 2^53, and a tie at p decimals.
    const odd = fc.bigInt({ min: 0n, max: 2n ** 52n - 1n }).map((k) => Number(2n * k + 1n));
    fc.assert(
      fc.property(odd, fc.nat(110), (m, p) => {
        const x = m / 2 ** (p + 1);
        expect(format(x, `.${p}f`), `format(x, ".${p}f")`).toBe(fixedOracle(x, p));
      }),
    );
  });

  it("law: parsing repr(x) gives x back for any finite x", () => {
    fc.assert(
      fc.property(finiteDouble, (x) => {
        expect(Object.is(Number(repr(pyFloat(x))), x), "whether repr(x) parses back to x").toBe(
          true,
        );
      }),
    );
  });

  it("law: repr of a float always shows a point, an exponent, inf or nan", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(repr(pyFloat(x)), "repr(x)").toMatch(/[.e]|^-?inf$|^nan$/);
      }),
    );
  });

  it("law: 'e' keeps p digits after the point and an exponent of at least two digits", () => {
    fc.assert(
      fc.property(finiteDouble, fc.integer({ min: 1, max: 20 }), (x, p) => {
        expect(format(pyFloat(x), `.${p}e`), `format(pyFloat(x), ".${p}e")`).toMatch(
          new RegExp(`^-?\\d\\.\\d{${p}}e[+-]\\d{2,3}$`),
        );
      }),
    );
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

  it("law: 'z' never prints a negative zero and changes nothing else", () => {
    fc.assert(
      fc.property(finiteDouble, fc.nat(8), (x, p) => {
        const plain = format(pyFloat(x), `.${p}f`);
        const expected = /^-0\.?0*$/.test(plain) ? plain.slice(1) : plain;
        expect(format(pyFloat(x), `z.${p}f`), `format(pyFloat(x), "z.${p}f")`).toBe(expected);
      }),
    );
  });
});

describe("grouping-and-errors", () => {
  checkRows([
    [123456.123456, "_._f", "123_456.123_456"],
    [1234.5678, "0=20,.,f", "0,000,001,234.567,800"],
    [1234.5678, "020_._f", "0_000_001_234.567_800"],
    [1.23456, ".4_f", "1.234_6"],
    [1234.5678, "._e", "1.234_568e+03"],
    [0.5, "._%", "50.000_000%"],
    [1234567.891, ",.2f", "1,234,567.89"],
    [1234.5, "_", "1_234.5"],
    [1234567.5, ",g", "1.23457e+06"],
    [pyFloat(1e21), ",", "1e+21"],
    [-1234.5, "012,.1f", "-0,001,234.5"],
    [null, "", "None"],
    [1234.5, ",e", "1.234500e+03"],
    [1234.5, ",E", "1.234500E+03"],
    [1234.5, ",F", "1,234.500000"],
    [1234.5, ",G", "1,234.5"],
    [1234.5, ",%", "123,450.000000%"],
    [9999.5, ",", "9,999.5"],
    [1.5, "#.0_f", "2."],
  ]);

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

  it("law: fractional grouping only inserts separators, by three from the point", () => {
    fc.assert(
      fc.property(finiteDouble, fc.nat(12), (x, p) => {
        const grouped = format(pyFloat(x), `_.${p}_f`);
        expect(
          grouped.replaceAll("_", ""),
          `format(pyFloat(x), "_.${p}_f") without the underscores`,
        ).toBe(format(pyFloat(x), `.${p}f`));
        const fraction = grouped.split(".")[1] ?? "";
        const groups = fraction === "" ? [] : fraction.split("_");
        expect(
          groups.slice(0, -1).every((group) => group.length === 3),
          "whether every fraction group but the last has three digits",
        ).toBe(true);
      }),
    );
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
