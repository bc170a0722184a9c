import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codePointLength,
  demo,
  type FormatSpec,
  format,
  formatStr,
  PyError,
  pad,
  parseSpec,
} from "#kata/format-text";
import { expectOutcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...'), or,
// for a parsed FormatSpec, written by hand from the grammar.

type Row = readonly [text: string, spec: string, expected: string];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("format(%o, %j) is %j", (text, spec, expected) => {
    expectOutcome(() => format(text, spec), expected);
  });

/** The defaults each Python type gives parseSpec: its type code, its alignment. */
const DEFAULTS = {
  str: ["s", "<"],
  int: ["d", ">"],
  bool: ["d", ">"],
  float: ["", ">"],
} as const;
type PyType = keyof typeof DEFAULTS;

const parse = (spec: string, type: PyType): FormatSpec =>
  parseSpec(spec, DEFAULTS[type][0], DEFAULTS[type][1], type);

/** The call parse(spec, type) makes, as a test title: `parseSpec("05", "d", ">", "int")`. */
const callText = (spec: string, type: PyType) =>
  `parseSpec(${[spec, ...DEFAULTS[type], type].map((arg) => JSON.stringify(arg)).join(", ")})`;

/** The FormatSpec of the empty spec for `type`, with `fields` changed. */
const parsedAs = (type: PyType, fields: Partial<FormatSpec>): FormatSpec => ({
  fill: " ",
  align: DEFAULTS[type][1],
  sign: "",
  noNegZero: false,
  alternate: false,
  width: -1,
  grouping: "",
  precision: -1,
  fracGrouping: "",
  type: DEFAULTS[type][0],
  ...fields,
});

/** Python's len(): code points, not UTF-16 units. */
const pyLen = (text: string) => [...text].length;

/** Any code point, lone surrogates included, with ASCII and tricky characters favoured. */
const codePoint = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.constantFrom("'", '"', "\\", "\n", "\t", "\x7f", "\u00ad", "\u3000", "é", "中", "😀"),
);
const pyText = fc.string({ unit: codePoint });
const fills = fc.constantFrom("*", "-", " ", "0", "😀", "<");
const aligns = fc.constantFrom("<", ">", "^");

describe("parse-spec", () => {
  const fieldRows: readonly (readonly [spec: string, type: PyType, fields: Partial<FormatSpec>])[] =
    [
      ["", "str", {}],
      ["*^10", "str", { fill: "*", align: "^", width: 10 }],
      [">", "str", { align: ">" }],
      ["😀^5", "str", { fill: "😀", align: "^", width: 5 }],
      ["^^3", "str", { fill: "^", align: "^", width: 3 }],
      [".3", "str", { precision: 3 }],
      ["s", "str", {}],
      // A leading 0 is the fill '0'; only numbers also turn it into '=' alignment.
      ["05", "str", { fill: "0", width: 5 }],
      ["05", "int", { fill: "0", align: "=", width: 5 }],
      [">05", "int", { fill: "0", align: ">", width: 5 }],
      // A fill given before the alignment wins: the 0 that follows is the width's first digit.
      ["*<05", "int", { fill: "*", align: "<", width: 5 }],
      ["0<5", "str", { fill: "0", align: "<", width: 5 }],
      ["0", "int", { fill: "0", align: "=" }],
      [
        "+z#010,.2_f",
        "float",
        {
          sign: "+",
          noNegZero: true,
          alternate: true,
          fill: "0",
          align: "=",
          width: 10,
          grouping: ",",
          precision: 2,
          fracGrouping: "_",
          type: "f",
        },
      ],
      [" ", "int", { sign: " " }],
      ["-x", "int", { sign: "-", type: "x" }],
      ["_x", "int", { grouping: "_", type: "x" }],
      ["_b", "int", { grouping: "_", type: "b" }],
      ["_o", "int", { grouping: "_", type: "o" }],
      ["_X", "int", { grouping: "_", type: "X" }],
      ["n", "float", { type: "n" }],
      ["._", "float", { fracGrouping: "_" }],
      ["=", "int", { align: "=" }],
      // Widths in any script's decimal digits: ARABIC-INDIC FIVE, FULLWIDTH FIVE, "٣٠" is 30.
      ["\u0665", "str", { width: 5 }],
      ["*>\uff15", "str", { fill: "*", align: ">", width: 5 }],
      ["\u0663\u0660", "str", { width: 30 }],
      // MATHEMATICAL DOUBLE-STRUCK TWO: its run of ten follows another run of ten.
      ["\u{1d7da}", "str", { width: 2 }],
      ["2147483647", "str", { width: 2147483647 }],
    ];
  it.each(
    fieldRows.map(([spec, type, fields]) => [callText(spec, type), spec, type, fields] as const),
  )("%s reads the fields", (_, spec, type, fields) => {
    expect(parse(spec, type)).toEqual(parsedAs(type, fields));
  });

  const errorRows: readonly (readonly [spec: string, type: PyType, message: string])[] = [
    ["abc", "int", "Invalid format specifier 'abc' for object of type 'int'"],
    ["x<<5", "float", "Invalid format specifier 'x<<5' for object of type 'float'"],
    ["abc", "bool", "Invalid format specifier 'abc' for object of type 'bool'"],
    [",_", "int", "Cannot specify both ',' and '_'."],
    ["_,", "int", "Cannot specify both ',' and '_'."],
    [".2_,f", "float", "Cannot specify both ',' and '_'."],
    [".", "int", "Format specifier missing precision"],
    ["99999999999999999999", "int", "Too many decimal digits in format string"],
    [".2147483648", "str", "Too many decimal digits in format string"],
    ["\u0665".repeat(10), "str", "Too many decimal digits in format string"],
    [",,", "int", "Cannot specify ',' with ','."],
    ["__", "int", "Cannot specify '_' with '_'."],
    [",x", "int", "Cannot specify ',' with 'x'."],
    ["_c", "int", "Cannot specify '_' with 'c'."],
    ["_5", "str", "Cannot specify '_' with '5'."],
    [",\xe9", "int", "Cannot specify ',' with '\\xe9'."],
    ["._n", "float", "Cannot specify '_' with 'n'."],
    [",n", "float", "Cannot specify ',' with 'n'."],
  ];
  it.each(
    errorRows.map(([spec, type, message]) => [callText(spec, type), message, spec, type] as const),
  )("%s raises ValueError: %s", (_, message, spec, type) => {
    expectOutcome(() => JSON.stringify(parse(spec, type)), `raises ValueError: ${message}`);
  });

  it("law: a spec written from its fields parses back to those fields", () => {
    const fields = fc.record({
      fillAlign: fc.option(fc.tuple(fc.option(codePoint), fc.constantFrom("<", ">", "=", "^"))),
      sign: fc.constantFrom("", "+", "-", " "),
      z: fc.boolean(),
      alternate: fc.boolean(),
      zero: fc.boolean(),
      width: fc.option(fc.integer({ min: 1, max: 999 })),
      grouping: fc.constantFrom("", ",", "_"),
      precision: fc.option(fc.nat(99)),
      type: fc.constantFrom("", "d", "e", "f", "g", "E", "F", "G", "%"),
    });
    fc.assert(
      fc.property(fields, (f) => {
        const [fill, align] = f.fillAlign ?? [null, null];
        const spec = [
          fill ?? "",
          align ?? "",
          f.sign,
          f.z ? "z" : "",
          f.alternate ? "#" : "",
          f.zero ? "0" : "",
          f.width ?? "",
          f.grouping,
          f.precision === null ? "" : `.${f.precision}`,
          f.type,
        ].join("");
        const parsed = parse(spec, "float");
        const zeroFill = f.zero && fill === null;
        expect(parsed.fill, `fill of ${JSON.stringify(spec)}`).toBe(fill ?? (zeroFill ? "0" : " "));
        expect(parsed.align, `align of ${JSON.stringify(spec)}`).toBe(
          align ?? (zeroFill ? "=" : ">"),
        );
        expect(parsed.sign, `sign of ${JSON.stringify(spec)}`).toBe(f.sign);
        expect(parsed.noNegZero, `z flag of ${JSON.stringify(spec)}`).toBe(f.z);
        expect(parsed.alternate, `# flag of ${JSON.stringify(spec)}`).toBe(f.alternate);
        expect(parsed.width, `width of ${JSON.stringify(spec)}`).toBe(
          f.width ?? (f.zero && fill !== null ? 0 : -1),
        );
        expect(parsed.grouping, `grouping of ${JSON.stringify(spec)}`).toBe(f.grouping);
        expect(parsed.precision, `precision of ${JSON.stringify(spec)}`).toBe(f.precision ?? -1);
        expect(parsed.type, `type of ${JSON.stringify(spec)}`).toBe(f.type);
      }),
    );
  });

  it("law: a width written in any script's decimal digits reads as the same number", () => {
    // The code point of zero in a few runs of decimal digits Unicode has.
    const zeros = fc.constantFrom(0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1d7ce, 0x1d7e2);
    fc.assert(
      fc.property(zeros, fc.integer({ min: 1, max: 99999 }), (zero, width) => {
        const digits = [...String(width)].map((d) => String.fromCodePoint(zero + Number(d)));
        const spec = `>${digits.join("")}`;
        expect(parse(spec, "str").width, `width of ${JSON.stringify(spec)}`).toBe(width);
      }),
    );
  });
});

describe("pad-and-align", () => {
  it.each([
    ["", 0],
    ["Alice", 5],
    ["😀", 1],
    ["a😀b😀", 4],
    ["中文", 2],
    // A combining accent is a code point of its own, as in Python's len().
    ["e\u0301", 2],
    ["\ud800", 1],
  ])("codePointLength(%j) is %i", (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
  });

  // The spec is the empty str spec (fill " ", align "<", width -1) with the fields shown changed.
  it.each<readonly [text: string, length: number, fields: Partial<FormatSpec>, expected: string]>([
    ["ab", 2, { fill: "*", align: "^", width: 5 }, "*ab**"],
    ["ab", 2, { fill: "*", align: ">", width: 5 }, "***ab"],
    ["ab", 2, { fill: "*", align: "<", width: 5 }, "ab***"],
    ["ab", 2, { width: 1 }, "ab"],
    ["ab", 2, {}, "ab"],
    ["😀", 1, { align: ">", width: 3 }, "  😀"],
    ["ab", 2, { fill: "😀", width: 4 }, "ab😀😀"],
  ])("pad(%j, %i, a spec with %j) is %j", (text, length, fields, expected) => {
    expect(pad(text, length, parsedAs("str", fields))).toBe(expected);
  });

  checkRows([
    ["Alice", "", "Alice"],
    ["Alice", ">10", "     Alice"],
    ["Alice", "<10", "Alice     "],
    ["Alice", "^10", "  Alice   "],
    ["Alice", "*^11", "***Alice***"],
    ["Alice", "10", "Alice     "],
    ["Alice", "s", "Alice"],
    ["ab", "05", "ab000"],
    ["ab", ">05", "000ab"],
    ["ab", "0^5", "0ab00"],
    ["ab", "x<1", "ab"],
    ["ab", "-^6", "--ab--"],
    ["x", "#<5", "x####"],
    ["😀", "^5", "  😀  "],
    ["é", "^4", " é  "],
    ["ab", "😀<4", "ab😀😀"],
    ["中文", "*>6", "****中文"],
    ["", "3", "   "],
    // CPython reads widths as Unicode decimal digits (Py_UNICODE_TODECIMAL): "٥" is 5.
    ["ab", "\u0665", "ab   "],
    ["ab", "*>\uff15", "***ab"],
  ]);

  it("format(text) without a spec is the text itself", () => {
    expect(format("Alice")).toBe("Alice");
  });

  it("formatStr pads a str with a parsed spec", () => {
    expect(formatStr("ab", parsedAs("str", { fill: "-", align: "^", width: 6 }))).toBe("--ab--");
  });

  it("law: a width never shortens: format(s, w) is s followed by spaces up to w code points", () => {
    fc.assert(
      fc.property(pyText, fc.integer({ min: 1, max: 30 }), (s, w) => {
        expect(format(s, String(w)), `format(s, "${w}")`).toBe(
          s + " ".repeat(Math.max(0, w - pyLen(s))),
        );
      }),
    );
  });

  it("law: align fills exactly width - len on the correct side", () => {
    fc.assert(
      fc.property(pyText, fills, aligns, fc.nat(30), (s, fill, align, w) => {
        const padding = Math.max(0, w - pyLen(s));
        const left = align === ">" ? padding : align === "^" ? Math.floor(padding / 2) : 0;
        const expected = fill.repeat(left) + s + fill.repeat(padding - left);
        expect(format(s, `${fill}${align}${w}`), `format(s, "${fill}${align}${w}")`).toBe(expected);
      }),
    );
  });

  it("law: the result is at least width code points long, and no longer than it must be", () => {
    fc.assert(
      fc.property(pyText, fills, aligns, fc.nat(30), (s, fill, align, w) => {
        const length = pyLen(format(s, `${fill}${align}${w}`));
        expect(length, `code points of format(s, "${fill}${align}${w}")`).toBe(
          Math.max(w, pyLen(s)),
        );
      }),
    );
  });

  it("law: padding never changes the text itself: it sits whole between the fills", () => {
    fc.assert(
      fc.property(pyText, fills, aligns, fc.nat(30), (s, fill, align, w) => {
        const padding = Math.max(0, w - pyLen(s));
        const shapes = Array.from(
          { length: padding + 1 },
          (_, left) => fill.repeat(left) + s + fill.repeat(padding - left),
        );
        expect(shapes, `the text with only fill around it, for "${fill}${align}${w}"`).toContain(
          pad(s, pyLen(s), parsedAs("str", { fill, align, width: w })),
        );
      }),
    );
  });
});

describe("precision-and-errors", () => {
  checkRows([
    ["Alice", ".3", "Ali"],
    ["Alice", "^7.3", "  Ali  "],
    ["😀ab", ".2", "😀a"],
    ["😀😀😀", ".2", "😀😀"],
    ["Alice", "*<8.2", "Al******"],
    ["Alice", ".0", ""],
    ["ab", ".5", "ab"],
    // The largest precision a 32-bit CPython accepts.
    ["ab", ".2147483647", "ab"],
    // 3.14 accepts a grouping after the point, and str ignores it.
    ["x", "._", "x"],
  ]);

  it.each<readonly [text: string, spec: string, message: string]>([
    ["ab", "d", "Unknown format code 'd' for object of type 'str'"],
    ["x", "+5d", "Unknown format code 'd' for object of type 'str'"],
    ["x", "  ", "Unknown format code '\\x20' for object of type 'str'"],
    ["x", "\xe9", "Unknown format code '\\xe9' for object of type 'str'"],
    ["x", "😀", "Unknown format code '\\x1f600' for object of type 'str'"],
    // Printable ASCII and DEL are written as they are, anything else as \x.
    ["x", "!", "Unknown format code '!' for object of type 'str'"],
    ["x", "\x7f", "Unknown format code '\x7f' for object of type 'str'"],
    ["x", "\x80", "Unknown format code '\\x80' for object of type 'str'"],
    ["x", "+", "Sign not allowed in string format specifier"],
    ["x", "+#", "Sign not allowed in string format specifier"],
    ["x", " ", "Space not allowed in string format specifier"],
    ["x", "#", "Alternate form (#) not allowed in string format specifier"],
    ["x", "=5", "'=' alignment not allowed in string format specifier"],
    ["x", "0=5", "'=' alignment not allowed in string format specifier"],
    ["x", "z", "Negative zero coercion (z) not allowed in string format specifier"],
    ["x", "z5", "Negative zero coercion (z) not allowed in string format specifier"],
    ["x", ",", "Cannot specify ',' with 's'."],
    ["x", "_", "Cannot specify '_' with 's'."],
    ["ab", ".2147483648", "Too many decimal digits in format string"],
    ["ab", "abc", "Invalid format specifier 'abc' for object of type 'str'"],
    ["x", "5s ", "Invalid format specifier '5s ' for object of type 'str'"],
  ])("format(%j, %j) raises ValueError: %s", (text, spec, message) => {
    expectOutcome(() => format(text, spec), `raises ValueError: ${message}`);
  });

  it("an error is a PyError and an Error, named after the Python class", () => {
    const error = (() => {
      try {
        format("x", "d");
      } catch (caught) {
        return caught;
      }
    })();
    const fields =
      error instanceof PyError ? [error.name, error.pyType, error instanceof Error] : [];
    expect(fields).toEqual(["ValueError", "ValueError", true]);
  });

  it("law: precision keeps the first p code points", () => {
    fc.assert(
      fc.property(pyText, fc.nat(10), (s, p) => {
        expect(format(s, `.${p}`), `format(s, ".${p}")`).toBe([...s].slice(0, p).join(""));
      }),
    );
  });

  it("law: width and precision: the first p code points, padded to the width", () => {
    fc.assert(
      fc.property(pyText, fills, aligns, fc.nat(12), fc.nat(10), (s, fill, align, w, p) => {
        const spec = `${fill}${align}${w}.${p}`;
        const kept = [...s].slice(0, p).join("");
        expect(format(s, spec), `format(s, "${spec}")`).toBe(format(kept, `${fill}${align}${w}`));
      }),
    );
  });

  it("law: a sign, z or # in a str spec is refused, whatever else the spec holds", () => {
    const refused = fc.constantFrom(
      ["+", "Sign not allowed in string format specifier"],
      ["-", "Sign not allowed in string format specifier"],
      [" ", "Space not allowed in string format specifier"],
      ["z", "Negative zero coercion (z) not allowed in string format specifier"],
      ["#", "Alternate form (#) not allowed in string format specifier"],
    );
    fc.assert(
      fc.property(pyText, refused, fc.nat(20), fc.option(fc.nat(5)), (s, [flag, message], w, p) => {
        const spec = `${flag}${w}${p === null ? "" : `.${p}`}s`;
        expectOutcome(
          () => format(s, spec),
          `raises ValueError: ${message}`,
          `what format(s, ${JSON.stringify(spec)}) raised`,
        );
      }),
    );
  });
});

describe("transcript", () => {
  const transcript = [
    "[     Alice]",
    "[***Alice***]",
    "[  Alice   ]",
    "[Ali]",
    "[ab000]",
    "[  😀  ]",
    "[ab   ]",
    "+: ValueError: Sign not allowed in string format specifier",
    "=5: ValueError: '=' alignment not allowed in string format specifier",
    ",: ValueError: Cannot specify ',' with 's'.",
    "d: ValueError: Unknown format code 'd' for object of type 'str'",
    ".: ValueError: Format specifier missing precision",
  ];

  it("demo() prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
