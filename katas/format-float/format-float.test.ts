import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo, formatFloat, reprFloat } from "#kata/format-float";
import { fixedOracle } from "../../src/testing/exact-decimal.ts";
import { expectOutcome, outcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...'), or
// computed by an exact BigInt oracle that shares no code with the kata (fixedOracle).

type Row = readonly [x: number, spec: string, expected: string];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("formatFloat(%o, %j) is %j", (x, spec, expected) => {
    expectOutcome(() => formatFloat(x, spec), expected);
  });

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

describe("fixed-point", () => {
  checkRows([
    [PI, ".2f", "3.14"],
    [0.125, ".2f", "0.12"],
    [0.375, ".2f", "0.38"],
    [2.675, ".2f", "2.67"],
    [2.5, ".0f", "2"],
    [3.5, ".0f", "4"],
    [2 ** -8, ".7f", "0.0039062"],
    [1e21, "f", "1000000000000000000000.000000"],
    [1e-7, "f", "0.000000"],
    [0.5, ".0f", "0"],
    [1.5, "#.0f", "2."],
    [1.5, "#.2f", "1.50"],
    [0, ".1f", "0.0"],
    [-0.0001, ".2f", "-0.00"],
    [-0.0001, "z.2f", "0.00"],
    [-0.4, "z.0f", "0"],
    [-1.5, "z.1f", "-1.5"],
    // Not ties: a kept even digit must still round up.
    [1.26, ".1f", "1.3"],
    [0.126, ".2f", "0.13"],
    // A tie whose last bit is in the low 32 bits of the mantissa.
    [4194304.5, ".0f", "4194304"],
    // Past 100 decimals, where toFixed stops.
    [1e-200, ".110f", `0.${"0".repeat(110)}`],
    [6e-102, ".101f", `0.${"0".repeat(100)}1`],
    [-4e-102, "z.101f", `0.${"0".repeat(101)}`],
    // A tie at exactly 100 decimals, toFixed's last precision.
    [
      2 ** -101,
      ".100f",
      "0.0000000000000000000000000000003944304526105059027058642826413931148366032175545115023851394653320312",
    ],
    [0.25, "%", "25.000000%"],
    [0.125, ".1%", "12.5%"],
    [1 / 3, ".2%", "33.33%"],
    [0.0005, ".0%", "0%"],
    [Number.POSITIVE_INFINITY, "%", "inf%"],
    [Number.NaN, "F", "NAN"],
    [Number.POSITIVE_INFINITY, "F", "INF"],
    [Number.NEGATIVE_INFINITY, "f", "-inf"],
  ]);

  it("'f' never switches to exponent form: formatFloat(1e300, 'f') prints all 301 digits", () => {
    expect(formatFloat(1e300, "f")).toBe(
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
    );
  });

  it("2^-(p+1) to p places is a tie that rounds down to the even 2, at every precision from 0 to 100 (toFixed rounds it up)", () => {
    for (let p = 0; p <= 100; p++) {
      // 2^-(p+1) = 5^(p+1) / 10^(p+1): p + 1 decimals ending in ...25, so the kept digit is a 2.
      const decimals = (5n ** BigInt(p + 1))
        .toString()
        .padStart(p + 1, "0")
        .slice(0, -1);
      expect(formatFloat(2 ** -(p + 1), `.${p}f`), `formatFloat(2 ** -${p + 1}, ".${p}f")`).toBe(
        p === 0 ? "0" : `0.${decimals}`,
      );
    }
  });

  it("law: formatFloat(x, '.{p}f') is the exact binary value rounded half to even", () => {
    fc.assert(
      fc.property(finiteDouble, fc.nat(25), (x, p) => {
        expect(formatFloat(x, `.${p}f`), `formatFloat(x, ".${p}f")`).toBe(fixedOracle(x, p));
      }),
    );
  });

  it("law: exact ties round to even: (2k + 1) / 2^(p+1) scaled to p decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.nat(6), (k, p) => {
        const x = (2 * k + 1) / 2 ** (p + 1);
        expect(formatFloat(x, `.${p}f`), `formatFloat(x, ".${p}f")`).toBe(fixedOracle(x, p));
      }),
    );
  });

  it("law: past 100 decimals too, '.{p}f' is the exact binary value rounded half to even", () => {
    // Tiny values have more than 100 exact decimals, so the rounding happens past toFixed's reach.
    const tiny = fc.double({ min: 1e-60, max: 1e-16, noNaN: true });
    fc.assert(
      fc.property(tiny, fc.boolean(), fc.integer({ min: 101, max: 140 }), (x, negative, p) => {
        const value = negative ? -x : x;
        expect(formatFloat(value, `.${p}f`), `formatFloat(value, ".${p}f")`).toBe(
          fixedOracle(value, p),
        );
      }),
    );
  });

  it("law: exact ties round to even for any odd mantissa, up to 110 decimals", () => {
    // (2k + 1) / 2^(p+1) is exact for 2k + 1 < 2^53, and a tie at p decimals.
    const odd = fc.bigInt({ min: 0n, max: 2n ** 52n - 1n }).map((k) => Number(2n * k + 1n));
    fc.assert(
      fc.property(odd, fc.nat(110), (m, p) => {
        const x = m / 2 ** (p + 1);
        expect(formatFloat(x, `.${p}f`), `formatFloat(x, ".${p}f")`).toBe(fixedOracle(x, p));
      }),
    );
  });

  it("law: 'z' never prints a negative zero and changes nothing else", () => {
    fc.assert(
      fc.property(finiteDouble, fc.nat(8), (x, p) => {
        const plain = formatFloat(x, `.${p}f`);
        const expected = /^-0\.?0*$/.test(plain) ? plain.slice(1) : plain;
        expect(formatFloat(x, `z.${p}f`), `formatFloat(x, "z.${p}f")`).toBe(expected);
      }),
    );
  });
});

describe("exponent-and-general", () => {
  checkRows([
    [1234.5678, "e", "1.234568e+03"],
    [1234.5678, ".2E", "1.23E+03"],
    [0.000123, ".1e", "1.2e-04"],
    [1e100, ".0e", "1e+100"],
    [1, "#.0e", "1.e+00"],
    [1234.5678, "g", "1234.57"],
    [0.00001234, "g", "1.234e-05"],
    [1e6, "g", "1e+06"],
    [100000, "g", "100000"],
    [1.5, "#g", "1.50000"],
    [1.5, ".0g", "2"],
    [0.0001, "g", "0.0001"],
    [0.5, "g", "0.5"],
    [123456789.5, ".3G", "1.23E+08"],
    [0.001, "#.4g", "0.001000"],
    [1.5, "n", "1.5"],
    [1, ".3", "1.0"],
    [123, ".2", "1.2e+02"],
    [1.5, ".0", "2e+00"],
    [-0, "g", "-0"],
    [-0, "z.2e", "0.00e+00"],
    [Number.NEGATIVE_INFINITY, "E", "-INF"],
    // Ties that carry into a new leading digit.
    [9.5, ".0e", "1e+01"],
    [9.5, ".1g", "1e+01"],
    [99.5, ".1e", "1.0e+02"],
    // Ties in 'e' and 'g' that round down to the even digit (toExponential rounds them up).
    [2.5, ".0e", "2e+00"],
    [0.125, ".1e", "1.2e-01"],
    [0.125, ".2g", "0.12"],
    [2.5, ".1g", "2"],
    // Past 101 significant digits, where toExponential stops.
    [
      5e-324,
      ".110e",
      "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695e-324",
    ],
    // 2.0**341 has 103 digits ending in "52": more than 101 significant digits, rounded down.
    [
      2 ** 341,
      ".101e",
      "4.47948948435560842111488456113688855624329099446929906979997820192758374236032189076175498654321423155e+102",
    ],
  ]);

  it("law: 'e' keeps p digits after the point and an exponent of at least two digits", () => {
    fc.assert(
      fc.property(finiteDouble, fc.integer({ min: 1, max: 20 }), (x, p) => {
        expect(formatFloat(x, `.${p}e`), `formatFloat(x, ".${p}e")`).toMatch(
          new RegExp(`^-?\\d\\.\\d{${p}}e[+-]\\d{2,3}$`),
        );
      }),
    );
  });
});

describe("repr-and-no-type", () => {
  checkRows([
    [1, "", "1.0"],
    [1.5, "", "1.5"],
    [1e16, "", "1e+16"],
    [0, "", "0.0"],
    [-0, "", "-0.0"],
    [-0, "z", "0.0"],
    [Number.POSITIVE_INFINITY, "", "inf"],
  ]);

  it.each([
    [1, "1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [0.0001, "0.0001"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [0.1 + 0.2, "0.30000000000000004"],
    [-0, "-0.0"],
    [Number.NaN, "nan"],
    [Number.NEGATIVE_INFINITY, "-inf"],
  ])("reprFloat(%o) is %s", (x, expected) => {
    expect(reprFloat(x)).toBe(expected);
  });

  it("law: parsing reprFloat(x) gives x back for any finite x", () => {
    fc.assert(
      fc.property(finiteDouble, (x) => {
        expect(Object.is(Number(reprFloat(x)), x), "whether reprFloat(x) parses back to x").toBe(
          true,
        );
      }),
    );
  });

  it("law: reprFloat always shows a point, an exponent, inf or nan", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(reprFloat(x), "reprFloat(x)").toMatch(/[.e]|^-?inf$|^nan$/);
      }),
    );
  });

  it("law: formatFloat(x) with the empty spec is reprFloat(x)", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(formatFloat(x), "formatFloat(x)").toBe(reprFloat(x));
      }),
    );
  });
});

describe("layout-grouping-and-errors", () => {
  checkRows([
    [-PI, "+010.2f", "-000003.14"],
    [PI, " .3f", " 3.142"],
    [PI, "*^12.3f", "***3.142****"],
    [-1.5, "=10", "-      1.5"],
    [1e15, ">20", "  1000000000000000.0"],
    [Number.NEGATIVE_INFINITY, "+", "-inf"],
    [Number.POSITIVE_INFINITY, "010", "0000000inf"],
    [Number.NaN, "+", "+nan"],
    [1234567.891, ",.2f", "1,234,567.89"],
    [1234.5, "_", "1_234.5"],
    [9999.5, ",", "9,999.5"],
    [1234567.5, ",g", "1.23457e+06"],
    [1e21, ",", "1e+21"],
    [-1234.5, "012,.1f", "-0,001,234.5"],
    [1234.5, ",e", "1.234500e+03"],
    [1234.5, ",E", "1.234500E+03"],
    [1234.5, ",F", "1,234.500000"],
    [1234.5, ",G", "1,234.5"],
    [1234.5, ",%", "123,450.000000%"],
    // 3.14's grouping of the fractional digits, by three from the point.
    [123456.123456, "_._f", "123_456.123_456"],
    [1234.5678, "0=20,.,f", "0,000,001,234.567,800"],
    [1234.5678, "020_._f", "0_000_001_234.567_800"],
    [1.23456, ".4_f", "1.234_6"],
    [1234.5678, "._e", "1.234_568e+03"],
    [0.5, "._%", "50.000_000%"],
    [1.5, "#.0_f", "2."],
  ]);

  it.each([
    ["d", "ValueError: Unknown format code 'd' for object of type 'float'"],
    ["c", "ValueError: Unknown format code 'c' for object of type 'float'"],
    ["xx", "ValueError: Invalid format specifier 'xx' for object of type 'float'"],
  ])("formatFloat(1.5, %j) raises %s", (spec, error) => {
    expectOutcome(() => formatFloat(1.5, spec), `raises ${error}`);
  });

  const transcript = [
    "0.12 0.38 2.67",
    "0.0039062",
    "10,000,000,000,000,000,000,000",
    "1.234568e+03 1.23e+03 1.23457e-05",
    "1e+01 1.0 25.0%",
    "1.0 0.30000000000000004 1e-05 1e+16",
    "-0.0 0.00 +nan INF",
    "-0,001,234.5",
    "123_456.123_456",
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
        const grouped = formatFloat(x, `_.${p}_f`);
        expect(
          grouped.replaceAll("_", ""),
          `formatFloat(x, "_.${p}_f") without the underscores`,
        ).toBe(formatFloat(x, `.${p}f`));
        const fraction = grouped.split(".")[1] ?? "";
        const groups = fraction === "" ? [] : fraction.split("_");
        expect(
          groups.slice(0, -1).every((group) => group.length === 3),
          "whether every fraction group but the last has three digits",
        ).toBe(true);
      }),
    );
  });

  it("law: a width pads to at least that many characters and keeps the text", () => {
    const align = fc.constantFrom("<", ">", "^");
    fc.assert(
      fc.property(finiteDouble, align, fc.nat(30), (x, a, width) => {
        const plain = formatFloat(x, ".3f");
        const padded = formatFloat(x, `*${a}${width}.3f`);
        expect(padded.length, `length of formatFloat(x, "*${a}${width}.3f")`).toBe(
          Math.max(width, plain.length),
        );
        expect(padded.replaceAll("*", ""), "the padded text without its fill").toBe(plain);
      }),
    );
  });

  it("law: formatFloat either returns a string or raises a ValueError", () => {
    const specChar = fc.constantFrom(..."<>=^+- z#012,_.dfxcs%egnE*");
    fc.assert(
      fc.property(fc.double(), fc.string({ unit: specChar, maxLength: 6 }), (x, spec) => {
        const result = outcome(() => formatFloat(x, spec));
        if (result.startsWith("raises ")) {
          expect(result, `what formatFloat(x, ${JSON.stringify(spec)}) raised`).toMatch(
            /^raises ValueError: /,
          );
        }
      }),
    );
  });
});
