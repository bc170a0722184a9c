import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pyFloat } from "#kata/format-spec";
import { demo, percentFormat } from "#kata/percent-format";
import { fixedOracle } from "../../src/testing/exact-decimal.ts";
import { expectOutcome, outcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...').

type Row = readonly [template: string, values: unknown, expected: string];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("formats %j with %o as %j", (template, values, expected) => {
    expectOutcome(() => percentFormat(template, values), expected);
  });

/** An object of a class with __str__ and __repr__, as Python's `class Thing`. */
class Thing {
  __str__() {
    return "a thing";
  }
  __repr__() {
    return "Thing()";
  }
}
const thing = new Thing();

/** Python's len(): code points, not UTF-16 units. */
const pyLen = (text: string) => [...text].length;

/** Reads a signed int written in base 10, 8 or 16, with or without Python's 0o / 0x prefix. */
function readInt(text: string, base: 8 | 10 | 16): bigint {
  const negative = text.startsWith("-");
  const digits = (negative ? text.slice(1) : text).replace(/^0[oxX]/, "");
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "";
  const magnitude = BigInt(prefix + digits);
  return negative ? -magnitude : magnitude;
}

const CONVERSIONS = "diouxXeEfFgGcrsa";
// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const pi = 3.14159;

describe("strings-and-tuples", () => {
  checkRows([
    ["Name: %s, Age: %d", ["Alice", 30], "Name: Alice, Age: 30"],
    ["no directives", [], "no directives"],
    ["100%% sure", [], "100% sure"],
    ["%s", "Alice", "Alice"],
    ["%s|%s|%s|%s", [null, true, pyFloat(1), [1, "a"]], "None|True|1.0|[1, 'a']"],
    ["%s", pyFloat(1e16), "1e+16"],
    ["%s", 12345678901234567890n, "12345678901234567890"],
    ["%r", "it's", '"it\'s"'],
    ["%r %r", ["a\nb", 2.5], "'a\\nb' 2.5"],
    ["%a", "café 😀", "'caf\\xe9 \\U0001f600'"],
    ["%a %a %a", ["\xff", "中", "😀"], "'\\xff' '\\u4e2d' '\\U0001f600'"],
    ["%s %r", [thing, thing], "a thing Thing()"],
    ["[%8s]", "Alice", "[   Alice]"],
    ["[%-8s]", "Alice", "[Alice   ]"],
    ["[%.3s]", "Alice", "[Ali]"],
    ["[%8.3s]", "Alice", "[     Ali]"],
    // A precision longer than the text cuts nothing and leaves the width to pad.
    ["[%5.10s]", "ab", "[   ab]"],
    // A '.' without digits is a precision of 0.
    ["%.s|", "abc", "|"],
    ["[%-4r]", "a", "['a' ]"],
    ["[%.2r]", "abc", "['a]"],
    ["[%3s]", "😀", "[  😀]"],
    ["[%.1s]", "😀😀", "[😀]"],
    ["[%05s|%+s|% s]", ["x", "y", "z"], "[    x|y|z]"],
    ["%s and %s", ["a"], "raises TypeError: not enough arguments for format string"],
    ["%s", [], "raises TypeError: not enough arguments for format string"],
    ["%s", ["a", "b"], "raises TypeError: not all arguments converted during string formatting"],
    [
      "no directives",
      "x",
      "raises TypeError: not all arguments converted during string formatting",
    ],
    ["%s %s", "ab", "raises TypeError: not enough arguments for format string"],
    ["%s", { a: 1 }, "{'a': 1}"],
    ["%s", [[1, 2]], "[1, 2]"],
  ]);

  it("gives the same text when a template comes back, with the same or new values", () => {
    const template = "Name: %s, Age: %d!";
    expect(percentFormat(template, ["Alice", 30])).toBe("Name: Alice, Age: 30!");
    expect(percentFormat(template, ["Alice", 30])).toBe("Name: Alice, Age: 30!");
    expect(percentFormat(template, ["Bob", 4])).toBe("Name: Bob, Age: 4!");
    expectOutcome(
      () => percentFormat(template, ["Bob"]),
      "raises TypeError: not enough arguments for format string",
    );
  });

  it("law: a template without % comes back unchanged, for an empty tuple or a mapping", () => {
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replaceAll("%", "")),
        fc.boolean(),
        (text, mapping) => {
          expect(percentFormat(text, mapping ? { a: 1 } : []), "the template formatted").toBe(text);
        },
      ),
    );
  });

  it("law: %s of a string is the string itself, and %% is one percent sign", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(percentFormat("%s%%%s", [a, b]), '"%s%%%s" % (a, b)').toBe(`${a}%${b}`);
        expect(percentFormat("%s", a), '"%s" % a').toBe(a);
      }),
    );
  });

  it("law: %Ns and %-Ns pad with spaces to N code points, on the left or on the right", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(12), (text, width) => {
        const padding = " ".repeat(Math.max(0, width - pyLen(text)));
        expect(percentFormat(`%${width}s`, [text]), `"%${width}s" % (text,)`).toBe(padding + text);
        expect(percentFormat(`%-${width}s`, [text]), `"%-${width}s" % (text,)`).toBe(
          text + padding,
        );
      }),
    );
  });

  it("law: %.Ps keeps the first P code points", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(8), (text, precision) => {
        const kept = [...text].slice(0, precision).join("");
        expect(percentFormat(`%.${precision}s`, [text]), `"%.${precision}s" % (text,)`).toBe(kept);
      }),
    );
  });

  it("law: n %s directives take exactly n tuple items; one more or one fewer is a TypeError", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), fc.string(), (items, spare) => {
        const template = items.map(() => "%s").join("|");
        expect(percentFormat(template, items), "the template formatted with n items").toBe(
          items.join("|"),
        );
        expectOutcome(
          () => percentFormat(template, [...items, spare]),
          "raises TypeError: not all arguments converted during string formatting",
          "the template formatted with n + 1 items",
        );
        if (items.length > 0) {
          expectOutcome(
            () => percentFormat(template, items.slice(1)),
            "raises TypeError: not enough arguments for format string",
            "the template formatted with n - 1 items",
          );
        }
      }),
    );
  });
});

describe("integers", () => {
  checkRows([
    ["%d %i %u", [42, -7, 3], "42 -7 3"],
    ["%d", 3.99, "3"],
    ["%d", -3.99, "-3"],
    ["%d", -0.5, "0"],
    [
      "%d",
      1e300,
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    ],
    ["%d %d", [true, false], "1 0"],
    ["%d", 2n ** 64n, "18446744073709551616"],
    ["[%5d|%-5d|%05d]", [42, 42, 42], "[   42|42   |00042]"],
    ["[%05d]", -42, "[-0042]"],
    ["[%+d|% d|%+d|% d]", [5, 5, -5, -5], "[+5| 5|-5|-5]"],
    ["[%-05d]", 3, "[3    ]"],
    ["[%-+5d]", 0, "[+0   ]"],
    ["[%.3d|%.3d|%5.3d|%-5.3d]", [7, -7, 7, 7], "[007|-007|  007|007  ]"],
    ["[%.0d]", 0, "[0]"],
    ["[% 08.3d]", -5, "[-0000005]"],
    ["%o %x %X", [8, 255, 255], "10 ff FF"],
    ["%#o %#x %#X", [8, 255, 255], "0o10 0xff 0XFF"],
    ["%#x", -255, "-0xff"],
    ["%#.3o", 8, "0o010"],
    ["[%#5X]", 255, "[ 0XFF]"],
    ["[%#08x]", 255, "[0x0000ff]"],
    ["[%-#8x]", 255, "[0xff    ]"],
    ["[%+#010x]", 255, "[+0x00000ff]"],
    ["%x", 2n ** 100n, "10000000000000000000000000"],
    ["%#d", 5, "5"],
    ["%c%c%c", [72, "i", 0x1f600], "Hi😀"],
    ["[%3c|%-3c]", [65, "é"], "[  A|é  ]"],
    // A precision never cuts a %c.
    ["%.0c", "x", "x"],
    ["%c", true, "\u0001"],
    ["%c", 0x10ffff, "\u{10ffff}"],
    // Zero padding goes after the sign; without '#', x and X have no prefix to skip.
    ["[%05x|%06X]", [255, -255], "[000ff|-000FF]"],
    ["%x", 1.5, "raises TypeError: %x format: an integer is required, not float"],
    ["%X", pyFloat(1), "raises TypeError: %X format: an integer is required, not float"],
    ["%o", "8", "raises TypeError: %o format: an integer is required, not str"],
    ["%d", "42", "raises TypeError: %d format: a real number is required, not str"],
    ["%i", null, "raises TypeError: %i format: a real number is required, not NoneType"],
    ["%u", [[1]], "raises TypeError: %u format: a real number is required, not list"],
    ["%d", thing, "raises TypeError: %d format: a real number is required, not Thing"],
    // Type names after the README's table: undefined is None, a function a function, and an
    // object of an anonymous class, or a literal with a dunder method, an "object".
    ["%x", [undefined], "raises TypeError: %x format: an integer is required, not NoneType"],
    ["%d", [() => 0], "raises TypeError: %d format: a real number is required, not function"],
    [
      "%d",
      [new (class {})()],
      "raises TypeError: %d format: a real number is required, not object",
    ],
    [
      "%d",
      [{ __str__: () => "x" }],
      "raises TypeError: %d format: a real number is required, not object",
    ],
    ["%d", NaN, "raises ValueError: cannot convert float NaN to integer"],
    ["%d", Infinity, "raises OverflowError: cannot convert float infinity to integer"],
    [
      "%c",
      "ab",
      "raises TypeError: %c requires an int or a unicode character, not a string of length 2",
    ],
    [
      "%c",
      "",
      "raises TypeError: %c requires an int or a unicode character, not a string of length 0",
    ],
    ["%c", 1.5, "raises TypeError: %c requires an int or a unicode character, not float"],
    ["%c", -1, "raises OverflowError: %c arg not in range(0x110000)"],
    ["%c", 0x110000, "raises OverflowError: %c arg not in range(0x110000)"],
    ["%c", null, "raises TypeError: %c requires an int or a unicode character, not NoneType"],
    [
      "%d",
      10n ** 5000n,
      "raises ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    ],
  ]);

  const anyInt = fc.oneof(fc.integer(), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }));

  it("law: %d of an int reads back as that int, and %+d always shows a sign", () => {
    fc.assert(
      fc.property(anyInt, (n) => {
        expect(BigInt(percentFormat("%d", n)), '"%d" % n read back').toBe(BigInt(n));
        expect(percentFormat("%+d", n), '"%+d" % n').toMatch(/^[+-]\d+$/);
      }),
    );
  });

  it("law: %#o %#x %#X read back as the int, with 0o / 0x / 0X after the sign", () => {
    fc.assert(
      fc.property(anyInt, (n) => {
        const [o, x, upper] = [
          percentFormat("%#o", n),
          percentFormat("%#x", n),
          percentFormat("%#X", n),
        ];
        expect(o, '"%#o" % n').toMatch(/^-?0o[0-7]+$/);
        expect(x, '"%#x" % n').toMatch(/^-?0x[0-9a-f]+$/);
        expect(upper, '"%#X" % n').toBe(x.toUpperCase());
        expect(readInt(o, 8), '"%#o" % n read back').toBe(BigInt(n));
        expect(readInt(x, 16), '"%#x" % n read back').toBe(BigInt(n));
      }),
    );
  });

  it("law: %.Pd has at least P digits and the same value", () => {
    fc.assert(
      fc.property(anyInt, fc.nat(40), (n, precision) => {
        const text = percentFormat(`%.${precision}d`, n);
        expect(
          text.replace("-", "").length,
          `number of digits of "%.${precision}d" % n`,
        ).toBeGreaterThanOrEqual(precision);
        expect(BigInt(text), `"%.${precision}d" % n read back`).toBe(BigInt(n));
      }),
    );
  });

  it("law: %0Wd is exactly W wide when it fits, with the sign before the zeros", () => {
    fc.assert(
      fc.property(anyInt, fc.nat(40), (n, width) => {
        const natural = String(n);
        const text = percentFormat(`%0${width}d`, n);
        expect(text.length, `length of "%0${width}d" % n`).toBe(Math.max(width, natural.length));
        expect(text, `"%0${width}d" % n`).toMatch(/^-?\d+$/);
        expect(BigInt(text), `"%0${width}d" % n read back`).toBe(BigInt(n));
      }),
    );
  });

  it("law: %d of a float is the float truncated toward zero", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (x) => {
        expect(percentFormat("%d", pyFloat(x)), '"%d" % x').toBe(String(Math.trunc(x) + 0));
      }),
    );
  });

  it("law: %c of a code point, or of a one-character string, is that character", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        const ch = String.fromCodePoint(cp);
        expect(percentFormat("%c", cp), '"%c" % code_point').toBe(ch);
        expect(percentFormat("%c", ch), '"%c" % character').toBe(ch);
      }),
    );
  });
});

describe("floats", () => {
  checkRows([
    ["Pi: %.2f", pi, "Pi: 3.14"],
    ["%f %F", [1.5, 1.5], "1.500000 1.500000"],
    ["%f", 2, "2.000000"],
    ["%f", true, "1.000000"],
    ["%.2f %.2f %.2f", [0.125, 0.375, 2.675], "0.12 0.38 2.67"],
    ["%.0f %.0f %.0f", [0.5, 1.5, 2.5], "0 2 2"],
    ["%f", pyFloat(1e22), "10000000000000000000000.000000"],
    ["%.3f", 1e-10, "0.000"],
    ["%e %E", [12345.678, 12345.678], "1.234568e+04 1.234568E+04"],
    ["%.0e %#.0e", [pyFloat(15000), pyFloat(15000)], "2e+04 2.e+04"],
    ["%e", pyFloat(0), "0.000000e+00"],
    [
      "%g %g %g %g",
      [pyFloat(100000), pyFloat(1000000), 0.0001, 0.00001],
      "100000 1e+06 0.0001 1e-05",
    ],
    ["%g %#g %G", [pyFloat(1), pyFloat(1), 1e-10], "1 1.00000 1E-10"],
    ["%.3g %.0g %.10g", [pi, pi, 0.1], "3.14 3 0.1"],
    ["%f %f %f", [Infinity, -Infinity, NaN], "inf -inf nan"],
    ["%F %E %G", [Infinity, NaN, -Infinity], "INF NAN -INF"],
    ["%f %.1f", [-0, -0.04], "-0.000000 -0.0"],
    ["[%10.3f|%-10.3f|%010.3f]", [pi, pi, -pi], "[     3.142|3.142     |-00003.142]"],
    ["[%+.1f|% .1f|%+.1e]", [2.5, 2.5, -2.5], "[+2.5| 2.5|-2.5e+00]"],
    ["[%05f|%-6f|%+f]", [Infinity, NaN, Infinity], "[00inf|nan   |+inf]"],
    ["%#.0f", pyFloat(3), "3."],
    ["%.20f", 0.1, "0.10000000000000000555"],
    // Exact ties past 6 places round to even too, where toFixed rounds them away from zero
    // ("%.7f" % 2**-8 is 0.0039062; (2 ** -8).toFixed(7) is "0.0039063"), and past 100 places,
    // where toFixed throws a RangeError.
    ["%.7f", 2 ** -8, "0.0039062"],
    ["%.8f", 5 * 2 ** -9, "0.00976562"],
    ["%.10f", 1 + 2 ** -11, "1.0004882812"],
    ["%.17f", -(2 ** -18), "-0.00000381469726562"],
    ["%.20F", 2 ** -21, "0.00000047683715820312"],
    ["%.52f", 2 ** -53, "0.0000000000000001110223024625156540423631668090820312"],
    [
      "%.100f",
      2 ** -101,
      "0.0000000000000000000000000000003944304526105059027058642826413931148366032175545115023851394653320312",
    ],
    [
      "%.101f",
      2 ** -102,
      "0.00000000000000000000000000000019721522630525295135293214132069655741830160877725575119256973266601562",
    ],
    [
      "%.110f",
      -(2 ** -111),
      "-0.00000000000000000000000000000000038518598887744717061119558851698546370762032964307763904798775911331176757812",
    ],
    ["%e", 2n ** 1024n, "raises OverflowError: int too large to convert to float"],
    ["%f", "1.5", "raises TypeError: must be real number, not str"],
    ["%e", null, "raises TypeError: must be real number, not NoneType"],
    ["%g", [[1.5]], "raises TypeError: must be real number, not list"],
  ]);

  const finite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
    fc.integer({ min: -4000, max: 4000 }).map((n) => n / 16),
  );

  it("law: %.Pf is the exact binary value rounded half to even to P places", () => {
    fc.assert(
      fc.property(finite, fc.nat(20), (x, precision) => {
        expect(percentFormat(`%.${precision}f`, pyFloat(x)), `"%.${precision}f" % x`).toBe(
          fixedOracle(x, precision),
        );
      }),
    );
  });

  it("law: an exact tie rounds half to even at every precision from 0 to 110", () => {
    // m / 2^(p+1) with m odd is a tie at p places. The first examples, m = 1, are powers of two,
    // whose ties all round down, so every precision meets one that rounding away from zero (as
    // toFixed does) gets wrong.
    const odd = fc.bigInt({ min: 0n, max: 2n ** 52n - 1n }).map((k) => Number(2n * k + 1n));
    fc.assert(
      fc.property(odd, fc.boolean(), (m, negative) => {
        for (let p = 0; p <= 110; p++) {
          const x = (negative ? -m : m) / 2 ** (p + 1);
          expect(percentFormat(`%.${p}f`, pyFloat(x)), `"%.${p}f" % x`).toBe(fixedOracle(x, p));
        }
      }),
      {
        examples: [
          [1, false],
          [1, true],
        ],
      },
    );
  });

  it("law: %.Pe has one digit, P decimals and an exponent of at least two digits", () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 15 }), (x, precision) => {
        const text = percentFormat(`%.${precision}e`, pyFloat(x));
        expect(text, `"%.${precision}e" % x`).toMatch(
          new RegExp(`^-?\\d\\.\\d{${precision}}e[+-]\\d{2,3}$`),
        );
        const error = Math.abs(Number(text) - x);
        expect(error, `error of "%.${precision}e" % x read back`).toBeLessThanOrEqual(
          Math.abs(x) * 10 ** -precision,
        );
      }),
    );
  });

  it("law: width, '-' and '0' only move the padding of %.Pf", () => {
    fc.assert(
      fc.property(finite, fc.nat(6), fc.nat(20), (x, precision, width) => {
        const plain = percentFormat(`%.${precision}f`, pyFloat(x));
        const right = percentFormat(`%${width}.${precision}f`, pyFloat(x));
        const left = percentFormat(`%-${width}.${precision}f`, pyFloat(x));
        const zeros = percentFormat(`%0${width}.${precision}f`, pyFloat(x));
        const padding = Math.max(0, width - plain.length);
        expect(right, `"%${width}.${precision}f" % x`).toBe(" ".repeat(padding) + plain);
        expect(left, `"%-${width}.${precision}f" % x`).toBe(plain + " ".repeat(padding));
        expect(zeros.length, `length of "%0${width}.${precision}f" % x`).toBe(
          plain.length + padding,
        );
        expect(Number(zeros), `"%0${width}.${precision}f" % x read back`).toBe(Number(plain));
      }),
    );
  });
});

describe("keys-stars-and-errors", () => {
  checkRows([
    ["%(name)s is %(age)d", { name: "Alice", age: 30 }, "Alice is 30"],
    ["%(a)s %(a)r %(a)5s", { a: "x" }, "x 'x'     x"],
    ["%((a))s %()s %(x y)s", { "(a)": 1, "": 2, "x y": 3 }, "1 2 3"],
    ["%(a)s", { a: 1, b: 2 }, "1"],
    ["%(a)s", Object.assign(Object.create(null), { a: 1 }), "1"],
    ["%s", { a: 1 }, "{'a': 1}"],
    ["no directives", { a: 1 }, "no directives"],
    ["%(missing)s", { a: 1 }, "raises KeyError: 'missing'"],
    ["%(toString)s", {}, "raises KeyError: 'toString'"],
    ["%(a)s", ["a"], "raises TypeError: format requires a mapping"],
    ["%(a)s", "abc", "raises TypeError: format requires a mapping"],
    ["%(a)s %s", { a: 1 }, "raises TypeError: not enough arguments for format string"],
    ["%(a", { a: 1 }, "raises ValueError: incomplete format key"],
    ["%(a)", { a: 1 }, "raises ValueError: incomplete format"],
    ["[%*d]", [5, 42], "[   42]"],
    ["[%-*d]", [5, 42], "[42   ]"],
    ["[%*d]", [-5, 42], "[42   ]"],
    ["[%.*f]", [2, pi], "[3.14]"],
    ["[%*.*f]", [10, 3, pi], "[     3.142]"],
    ["[%.*s]", [-1, "abc"], "[]"],
    ["[%*s]", [true, "x"], "[x]"],
    ["%*d", ["5", 1], "raises TypeError: * wants int"],
    ["%*d", [1.5, 1], "raises TypeError: * wants int"],
    ["%*d", [2 ** 40, 1], "raises OverflowError: Python int too large to convert to C ssize_t"],
    // 32-bit CPython: -2**31 fits a ssize_t, and negating it in C overflows to itself, so no
    // padding; one less does not fit.
    ["%*d", [-(2 ** 31), 1], "1"],
    [
      "%*d",
      [-(2 ** 31) - 1, 1],
      "raises OverflowError: Python int too large to convert to C ssize_t",
    ],
    ["%.*d", [2 ** 40, 1], "raises OverflowError: Python int too large to convert to C int"],
    ["%*d", [5], "raises TypeError: not enough arguments for format string"],
    ["%*d", 5, "raises TypeError: not enough arguments for format string"],
    ["%(a)*d", { a: 5 }, "raises TypeError: not enough arguments for format string"],
    ["%ld %hd %Lf", [1, 2, 3.5], "1 2 3.500000"],
    ["%hhd", 1, "raises ValueError: unsupported format character 'h' (0x68) at index 2"],
    ["abc%", 1, "raises ValueError: incomplete format"],
    ["%5", 1, "raises ValueError: incomplete format"],
    ["%-", [], "raises ValueError: incomplete format"],
    ["%.", 1, "raises ValueError: incomplete format"],
    ["abc%y", 1, "raises ValueError: unsupported format character 'y' (0x79) at index 4"],
    ["%y", [], "raises TypeError: not enough arguments for format string"],
    ["%5%", [1], "raises ValueError: unsupported format character '%' (0x25) at index 2"],
    ["😀%y", 1, "raises ValueError: unsupported format character 'y' (0x79) at index 2"],
    ["%é", 1, "raises ValueError: unsupported format character '?' (0xe9) at index 1"],
    ["%\n", 1, "raises ValueError: unsupported format character '?' (0xa) at index 1"],
    ["%'", 1, "raises ValueError: unsupported format character ''' (0x27) at index 1"],
    // Shown as is from 0x1f to 0x7e, CPython's range.
    ["%\x1f", 1, "raises ValueError: unsupported format character '\x1f' (0x1f) at index 1"],
    ["%~", 1, "raises ValueError: unsupported format character '~' (0x7e) at index 1"],
    ["%2147483648d", 1, "raises ValueError: width too big"],
    ["%.2147483648f", 1.5, "raises ValueError: precision too big"],
    ["%.2147483646d", 1, "raises OverflowError: precision too large"],
    // 2**31 - 1 itself is still a C int, written or from '*'.
    ["%.2147483647d", 1, "raises OverflowError: precision too large"],
    ["%.*d", [2 ** 31 - 1, 1], "raises OverflowError: precision too large"],
  ]);

  it("law: %(key)s finds any key of a mapping, however many parentheses it holds in pairs", () => {
    const key = fc.string().map((k) => k.replace(/[()]/g, ""));
    fc.assert(
      fc.property(key, fc.string(), fc.boolean(), (k, value, wrap) => {
        const name = wrap ? `(${k})` : k;
        expect(percentFormat(`%(${name})s`, { [name]: value }), '"%(key)s" % mapping').toBe(value);
      }),
    );
  });

  it("law: %*d takes its width from the tuple, and a negative width aligns left", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer(), (width, n) => {
        const text = String(n);
        const expected = width < 0 ? text.padEnd(-width) : text.padStart(width);
        expect(percentFormat("%*d", [width, n]), `"%*d" % (${width}, n)`).toBe(expected);
      }),
    );
  });

  it("law: an unknown conversion is reported with its code point and its index in code points", () => {
    const known = new Set([...CONVERSIONS, "%", "(", "*", ".", "-", "+", " ", "#", "h", "l", "L"]);
    const strange = fc
      .string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 })
      .filter((ch) => pyLen(ch) === 1 && !known.has(ch) && !/[0-9]/.test(ch));
    const prefix = fc.string({ unit: "grapheme" }).map((s) => s.replaceAll("%", ""));
    fc.assert(
      fc.property(prefix, strange, (before, ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        const shown = cp >= 31 && cp <= 126 ? ch : "?";
        expectOutcome(
          () => percentFormat(`${before}%${ch}`, 1),
          `raises ValueError: unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pyLen(before) + 1}`,
          `"${before}%${ch}" formatted`,
        );
      }),
    );
  });

  it("law: any template and operand give a string or raise a PyError, never another error", () => {
    const template = fc.string({
      unit: fc.constantFrom(
        "%",
        "(",
        ")",
        "*",
        ".",
        "-",
        "+",
        "#",
        "0",
        "7",
        "l",
        "a",
        "😀",
        ...CONVERSIONS,
      ),
      maxLength: 10,
    });
    const leaf = fc.oneof(
      fc.integer({ min: -30, max: 30 }),
      fc.double(),
      fc.string({ maxLength: 3 }),
      fc.boolean(),
      fc.constant(null),
    );
    const operand = fc.oneof(
      fc.array(leaf, { maxLength: 4 }),
      fc.dictionary(fc.constantFrom("a", "", "(", ")"), leaf),
      leaf,
    );
    fc.assert(
      fc.property(template, operand, (t, values) => {
        expect(typeof outcome(() => percentFormat(t, values)), "type of the outcome").toBe(
          "string",
        );
      }),
    );
  });

  // CPython 3.14's output of katas/percent-format/original.py, line by line.
  const transcript = [
    "Name: Alice, Age: 30",
    "Pi: 3.14",
    "Alice is 30",
    "[Alice   |   Alice]",
    "-0042|+42| 42|42   |",
    "007 0o10 0xff 0XFF",
    "[     3.142]",
    "1.234568e+04 1.234e-05 1E+20",
    "0.12 2.67",
    "99% of tests",
    "Py 1.0 'Alice' 'caf\\xe9'",
    "TypeError: not enough arguments for format string",
    "TypeError: %d format: a real number is required, not str",
    "TypeError: not all arguments converted during string formatting",
    "ValueError: unsupported format character 'y' (0x79) at index 4",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
