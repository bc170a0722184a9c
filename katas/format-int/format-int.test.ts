import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  demo,
  format,
  groupInteger,
  intToDecimal,
  isFloatType,
  layoutNumber,
} from "#kata/format-int";
import { parseSpec } from "#kata/format-text";
import { expectOutcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...'), or, for
// groupInteger and layoutNumber, written by hand from the format() CPython prints.

type Row = readonly [value: number | bigint | boolean, spec: string, expected: string];
type ErrorRow = readonly [
  value: number | bigint | boolean,
  spec: string,
  pyType: string,
  message: string,
];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("format(%o, %j) is %j", (value, spec, expected) => {
    expectOutcome(() => format(value, spec), expected);
  });

const checkErrors = (rows: readonly ErrorRow[]) =>
  it.each(rows)("format(%o, %j) raises %s: %s", (value, spec, pyType, message) => {
    expectOutcome(() => format(value, spec), `raises ${pyType}: ${message}`);
  });

const TOO_MANY_DIGITS =
  "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/** Any Python int, as a bigint, from small to past 2**64. */
const anyInt = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
);

describe("signs-and-bases", () => {
  checkRows([
    [42, "", "42"],
    [-42, "d", "-42"],
    [42, "+d", "+42"],
    [42, " d", " 42"],
    [-42, " d", "-42"],
    [42, "-d", "42"],
    [255, "b", "11111111"],
    [255, "o", "377"],
    [255, "x", "ff"],
    [255, "X", "FF"],
    [255, "#b", "0b11111111"],
    [255, "#o", "0o377"],
    [255, "#x", "0xff"],
    [255, "#X", "0XFF"],
    [-255, "#x", "-0xff"],
    [-255, "#X", "-0XFF"],
    // toString(2) of a negative is "-101": the sign is written apart from the digits.
    [-5, "b", "-101"],
    [0, "#x", "0x0"],
    [2n ** 100n, "x", "10000000000000000000000000"],
    [1234567, "n", "1234567"],
    // 1e21 is an integral JS number, so a Python int: no "1e+21" here.
    [1e21, "", "1000000000000000000000"],
    [1e21, "x", "3635c9adc5dea00000"],
    [2n ** 53n + 1n, "d", "9007199254740993"],
    // bool is an int subclass: only the empty spec prints True.
    [true, "", "True"],
    [false, "", "False"],
    [true, "d", "1"],
    [true, "x", "1"],
    [false, "+", "+0"],
  ]);

  it("prints up to 4300 decimal digits, the sign not counted", () => {
    const digits = `1${"0".repeat(4299)}`;
    expect(format(10n ** 4299n)).toBe(digits);
    expect(format(-(10n ** 4299n))).toBe(`-${digits}`);
    expect(format(-(10n ** 4299n), "d")).toBe(`-${digits}`);
    expect(intToDecimal(-(10n ** 4299n))).toBe(`-${digits}`);
  });

  it.each([
    ["10n ** 4300n", ""],
    ["10n ** 4300n", "d"],
    ["-(10n ** 4300n)", ""],
  ])("format(%s, %j) raises ValueError: Exceeds the limit (4300 digits)…", (call, spec) => {
    const value = call.startsWith("-") ? -(10n ** 4300n) : 10n ** 4300n;
    expectOutcome(() => format(value, spec), `raises ValueError: ${TOO_MANY_DIGITS}`);
  });

  it("intToDecimal(10n ** 4300n) raises ValueError: Exceeds the limit (4300 digits)…; hex has no limit", () => {
    expectOutcome(() => intToDecimal(10n ** 4300n), `raises ValueError: ${TOO_MANY_DIGITS}`);
    expect(format(16n ** 4400n, "x")).toBe(`1${"0".repeat(4400)}`);
  });

  it("law: '#x', '#o' and '#b' read back with BigInt", () => {
    fc.assert(
      fc.property(anyInt, fc.constantFrom("x", "o", "b"), (n, t) => {
        const text = format(n, `#${t}`);
        const magnitude = BigInt(text.replace("-", ""));
        expect(text.startsWith("-") ? -magnitude : magnitude, `format(n, "#${t}") read back`).toBe(
          n,
        );
      }),
    );
  });

  it("law: '+' and ' ' only put a sign before a number that is not negative", () => {
    fc.assert(
      fc.property(anyInt, fc.constantFrom("d", "x", "#b", "o", "#X"), (n, t) => {
        const plain = format(n, t);
        const mark = n < 0n ? "" : "+";
        expect(format(n, `+${t}`), `format(n, "+${t}")`).toBe(mark + plain);
        expect(format(n, ` ${t}`), `format(n, " ${t}")`).toBe(n < 0n ? plain : ` ${plain}`);
      }),
    );
  });

  it("law: a safe integer formats as the same value as a bigint", () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom("", "d", "x", "#b", "+o", "X", "n"),
        (n, spec) => {
          expect(format(n, spec), `format(n, "${spec}")`).toBe(format(BigInt(n), spec));
        },
      ),
    );
  });
});

describe("width-and-zeros", () => {
  checkRows([
    [-255, "#010x", "-0x00000ff"],
    [-42, "+08d", "-0000042"],
    [-7, "+05", "-0007"],
    [7, " 05", " 0007"],
    [255, "#08b", "0b11111111"],
    [42, "=+8", "+     42"],
    [42, "*=+8", "+*****42"],
    [42, "08", "00000042"],
    [42, "<08", "42000000"],
    [42, "^7", "  42   "],
    [-42, "<6", "-42   "],
    [-3, "^+8", "   -3   "],
    [255, ">#8x", "    0xff"],
    [255, "=#8x", "0x    ff"],
    [-255, "*^+#10x", "**-0xff***"],
    [false, "^5", "  0  "],
    [true, ">5", "    1"],
    [7, "0\u0663", "007"],
    // A fill given before the alignment wins over the 0 flag.
    [42, "*<05", "42***"],
  ]);

  it('layoutNumber({ negative: true, prefix: "0x", digits: "ff", suffix: "", groupSize: 4 }, parseSpec("#08x", "d", ">", "int")) is "-0x000ff"', () => {
    const parts = { negative: true, prefix: "0x", digits: "ff", suffix: "", groupSize: 4 };
    expect(layoutNumber(parts, parseSpec("#08x", "d", ">", "int"))).toBe("-0x000ff");
  });

  it('layoutNumber({ negative: false, prefix: "", digits: "1", suffix: ".5", groupSize: 3 }, parseSpec("08.1f", "", ">", "float")) is "000001.5", as format(1.5, "08.1f")', () => {
    const parts = { negative: false, prefix: "", digits: "1", suffix: ".5", groupSize: 3 };
    expect(layoutNumber(parts, parseSpec("08.1f", "", ">", "float"))).toBe("000001.5");
  });

  it('layoutNumber({ negative: false, prefix: "", digits: "", suffix: "😀", groupSize: 3 }, parseSpec("*<4c", "d", ">", "int")) is "😀***": the suffix counts in code points', () => {
    const parts = { negative: false, prefix: "", digits: "", suffix: "😀", groupSize: 3 };
    expect(layoutNumber(parts, parseSpec("*<4c", "d", ">", "int"))).toBe("😀***");
  });

  it("law: '0{w}d' keeps the sign first, reaches the width and keeps the value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(30), (n, w) => {
        const text = format(n, `0${w}d`);
        expect(text.length, `length of format(n, "0${w}d")`).toBe(Math.max(w, n.toString().length));
        expect(BigInt(text), `format(n, "0${w}d") read back`).toBe(n);
      }),
    );
  });

  it("law: the sign and prefix come before the zero padding", () => {
    fc.assert(
      fc.property(anyInt, fc.nat(40), fc.constantFrom("x", "o", "b", "X"), (n, w, t) => {
        const text = format(n, `#0${w}${t}`);
        const head = `${n < 0n ? "-" : ""}0${t}`;
        expect(text.slice(0, head.length), `start of format(n, "#0${w}${t}")`).toBe(head);
        expect(text.length, `length of format(n, "#0${w}${t}")`).toBe(
          Math.max(w, format(n, `#${t}`).length),
        );
        const magnitude = BigInt(`0${t.toLowerCase()}${text.slice(head.length)}`);
        expect(n < 0n ? -magnitude : magnitude, `format(n, "#0${w}${t}") read back`).toBe(n);
      }),
    );
  });

  it("law: '<', '>' and '^' only put fill around the unpadded text", () => {
    fc.assert(
      fc.property(anyInt, fc.nat(40), fc.constantFrom("<", ">", "^"), (n, w, a) => {
        const plain = format(n, "+#x");
        const text = format(n, `*${a}+#${w}x`);
        const padding = Math.max(0, w - plain.length);
        const left = a === ">" ? padding : a === "^" ? Math.floor(padding / 2) : 0;
        expect(text, `format(n, "*${a}+#${w}x")`).toBe(
          "*".repeat(left) + plain + "*".repeat(padding - left),
        );
      }),
    );
  });
});

describe("grouping-char-and-errors", () => {
  checkRows([
    [255, "#_b", "0b1111_1111"],
    [0xdeadbeef, "_x", "dead_beef"],
    [0xdeadbeef, "#_X", "0XDEAD_BEEF"],
    [12345, "_x", "3039"],
    [255, "#_o", "0o377"],
    [-5, "_b", "-101"],
    [1234567, ",", "1,234,567"],
    [1234567, "_", "1_234_567"],
    [-1234, "_", "-1_234"],
    [1234, "08,d", "0,001,234"],
    [1234, "07,d", "001,234"],
    [1, "04,d", "0,001"],
    [12345678901234567890n, ",", "12,345,678,901,234,567,890"],
    [-(2n ** 70n), "_o", "-2000_0000_0000_0000_0000_0000"],
    [1e21, "_", "1_000_000_000_000_000_000_000"],
    [65, "c", "A"],
    [0x1f600, "^3c", " 😀 "],
    [0x1f600, "*<4c", "😀***"],
    [65, "05c", "0000A"],
    [65, "=5c", "    A"],
    [0, "c", "\u0000"],
    [0x10ffff, "c", "\u{10ffff}"],
  ]);

  it.each([
    ["1234567", 0, 3, ",", "1,234,567"],
    ["1234", 8, 3, ",", "0,001,234"],
    ["1234", 7, 3, ",", "001,234"],
    ["1", 4, 3, ",", "0,001"],
    ["12345", 0, 4, "_", "1_2345"],
    ["ff", 0, 4, "_", "ff"],
    ["42", 5, 3, "", "00042"],
    ["42", -3, 3, "", "42"],
  ] as const)(
    "groupInteger(%j, %d, %d, %j) is %j",
    (digits, minWidth, size, separator, expected) => {
      expect(groupInteger(digits, minWidth, size, separator)).toBe(expected);
    },
  );

  checkErrors([
    [true, "s", "ValueError", "Unknown format code 's' for object of type 'bool'"],
    [5, "  ", "ValueError", "Unknown format code '\\x20' for object of type 'int'"],
    [5, ".2", "ValueError", "Precision not allowed in integer format specifier"],
    [5, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"],
    [65, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"],
    [65, "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"],
    [0x110000, "c", "OverflowError", "%c arg not in range(0x110000)"],
    [-1, "c", "OverflowError", "%c arg not in range(0x110000)"],
    [5, "\xe9", "ValueError", "Unknown format code '\\xe9' for object of type 'int'"],
    [5, "\x80", "ValueError", "Unknown format code '\\x80' for object of type 'int'"],
    // The reference CPython is a 32-bit build: 'c' goes through a 32-bit C long.
    [2 ** 31, "c", "OverflowError", "Python int too large to convert to C long"],
    [-(2 ** 31) - 1, "c", "OverflowError", "Python int too large to convert to C long"],
    [2 ** 31 - 1, "c", "OverflowError", "%c arg not in range(0x110000)"],
    [-(2 ** 31), "c", "OverflowError", "%c arg not in range(0x110000)"],
    [5, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'int'"],
    [true, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'bool'"],
  ]);

  it.each([
    ["e", true],
    ["E", true],
    ["f", true],
    ["F", true],
    ["g", true],
    ["G", true],
    ["%", true],
    ["d", false],
    ["n", false],
    ["x", false],
    ["c", false],
    ["s", false],
    ["", false],
  ] as const)("isFloatType(%j) is %s", (type, expected) => {
    expect(isFloatType(type)).toBe(expected);
  });

  it('format(5, ".2f") and format(1.5) throw a RangeError: floats are format-float\'s', () => {
    expect(() => format(5, ".2f")).toThrow(RangeError);
    expect(() => format(5, "%")).toThrow(RangeError);
    expect(() => format(1.5)).toThrow(RangeError);
  });

  it("law: '_' groups hex digits by four from the right", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 130n }), (n) => {
        const groups = format(n, "_x").split("_");
        expect(groups.join(""), 'format(n, "_x") without the underscores').toBe(n.toString(16));
        expect(
          groups.slice(1).every((group) => group.length === 4),
          "whether every group after the first has four digits",
        ).toBe(true);
        expect(groups[0]?.length, "length of the first group").toBeGreaterThanOrEqual(1);
        expect(groups[0]?.length, "length of the first group").toBeLessThanOrEqual(4);
      }),
    );
  });

  it("law: ',' groups decimal digits by three and changes nothing else", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        const text = format(n, ",");
        expect(text.replaceAll(",", ""), 'format(n, ",") without the commas').toBe(n.toString());
        const groups = text.replace("-", "").split(",");
        expect(
          groups.slice(1).every((group) => group.length === 3),
          "whether every group after the first has three digits",
        ).toBe(true);
      }),
    );
  });

  it("law: grouping only inserts separators: removing them gives the plain digits", () => {
    const grouped = fc.constantFrom(
      [",", "d", 3],
      ["_", "d", 3],
      ["_", "x", 4],
      ["_", "X", 4],
      ["_", "o", 4],
      ["_", "b", 4],
    );
    fc.assert(
      fc.property(anyInt, fc.nat(40), grouped, (n, w, [separator, t, size]) => {
        const text = format(n, `0${w}${separator}${t}`);
        const digits = text.replace("-", "");
        const withoutZeros = (s: string) => s.replace(/^(-?)0+(?=.)/, "$1");
        expect(
          withoutZeros(text.replaceAll(separator, "")),
          `format(n, "0${w}${separator}${t}") without separators and leading zeros`,
        ).toBe(format(n, t));
        expect(text.length, `length of format(n, "0${w}${separator}${t}")`).toBeGreaterThanOrEqual(
          w,
        );
        const groups = digits.split(separator);
        expect(
          groups.slice(1).every((group) => group.length === size),
          `whether every group after the first has ${size} digits`,
        ).toBe(true);
      }),
    );
  });

  it("law: a bool formats as its int under any non-empty int spec", () => {
    const specs = fc.constantFrom("d", "x", ">5", "+", "08b", "^7", "#o", ",");
    fc.assert(
      fc.property(fc.boolean(), specs, (b, spec) => {
        expect(format(b, spec), `format(b, "${spec}")`).toBe(format(b ? 1 : 0, spec));
      }),
    );
  });
});

describe("transcript", () => {
  const transcript = [
    "+42",
    "11111111 377 ff 0XFF",
    "-0x00000ff",
    "+*****42",
    "1,234,567",
    "12_345_678_901_234_567_890",
    "0xdead_beef",
    "0,001,234",
    "[  😀  ]",
    "True 1 0x0",
    ".2: ValueError: Precision not allowed in integer format specifier",
    "z: ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    "+c: ValueError: Sign not allowed with integer format specifier 'c'",
    "s: ValueError: Unknown format code 's' for object of type 'int'",
  ];

  it("demo() prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
