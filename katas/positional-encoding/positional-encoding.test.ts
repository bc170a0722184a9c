import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  demo,
  divTerm,
  ExpandError,
  positionalEncoding,
  ulpError,
  ulpsBetween,
} from "#kata/positional-encoding";

/** The error an action throws, or undefined. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** PyTorch's text for `pe[:, 1::2] = cos(...)` with an odd d_model, written out by hand. */
const torchSays = (maxLen: number, target: number, existing: number) =>
  `The expanded size of the tensor (${target}) must match the existing size (${existing}) at non-singleton dimension 1.  Target sizes: [${maxLen}, ${target}].  Tensor sizes: [${maxLen}, ${existing}]`;

/** The float32 right after x (towards +Infinity), found from its bits, independently of the kata. */
function nextFloat32(x: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, Math.fround(x));
  const bits = view.getInt32(0);
  if (Object.is(Math.fround(x), -0) || bits === 0) view.setInt32(0, 1);
  else view.setInt32(0, bits > 0 ? bits + 1 : bits - 1);
  return view.getFloat32(0);
}

/** |sin² + cos² - 1| for each (even, odd) column pair of a row. */
const pythagoras = (row: ArrayLike<number>): number[] =>
  Array.from({ length: row.length / 2 }, (_, i) => {
    const [s = 0, c = 0] = [row[2 * i], row[2 * i + 1]];
    return Math.abs(s * s + c * c - 1);
  });

const maxLen = fc.integer({ min: 1, max: 60 });
const evenD = fc.integer({ min: 1, max: 32 }).map((half) => 2 * half);

describe("float64", () => {
  it("computes one frequency per (sin, cos) pair: 1, then falling by 10000^(-2/d_model)", () => {
    const div = divTerm(8, "float64");
    expect(div).toBeInstanceOf(Float64Array);
    expect(div[0]).toBe(1);
    // CPython: [1.0, 0.09999999999999998, 0.009999999999999995, 0.0009999999999999994]
    expect(div).toHaveLength(4);
    expect(div[1]).toBeCloseTo(0.1, 15);
    expect(div[2]).toBeCloseTo(0.01, 15);
    expect(div[3]).toBeCloseTo(0.001, 15);
    expect(divTerm(5, "float64")).toHaveLength(3);
    expect(Array.from(divTerm(1, "float64"))).toEqual([1]);
    expect(divTerm(0, "float64")).toHaveLength(0);
  });

  it("puts sin in the even columns and cos in the odd ones", () => {
    const pe = positionalEncoding(3, 4, "float64");
    expect(pe).toHaveLength(3);
    expect(pe[0]).toBeInstanceOf(Float64Array);
    expect(Array.from(pe[0] ?? [])).toEqual([0, 1, 0, 1]);
    // CPython's math.sin and math.cos; V8's may differ in the last bit, so 15 digits.
    const expected = [
      [0.8414709848078965, 0.5403023058681398, 0.00999983333416666, 0.9999500004166653],
      [0.9092974268256817, -0.4161468365471424, 0.01999866669333307, 0.9998000066665778],
    ];
    expected.forEach((row, i) => {
      row.forEach((x, j) => {
        expect(pe[i + 1]?.[j]).toBeCloseTo(x, 15);
      });
    });
    const wide = positionalEncoding(4, 6, "float64")[3] ?? [];
    [
      0.1411200080598672, -0.9899924966004454, 0.13879810108005047, 0.990320699135675,
      0.0064632590701896395, 0.9999791129229608,
    ].forEach((x, j) => {
      expect(wide[j]).toBeCloseTo(x, 15);
    });
  });

  it("has maxLen rows of dModel entries, and accepts 0 for either", () => {
    const pe = positionalEncoding(50, 8, "float64");
    expect(pe).toHaveLength(50);
    expect(pe.every((row) => row.length === 8)).toBe(true);
    expect(positionalEncoding(0, 8, "float64")).toEqual([]);
    expect(positionalEncoding(2, 0, "float64").map((row) => row.length)).toEqual([0, 0]);
  });

  it("rejects an odd d_model with PyTorch's message, as an ExpandError carrying the sizes", () => {
    // PyTorch raises RuntimeError; ours is a class of its own, with the sizes as data.
    const error = thrown(() => positionalEncoding(10, 5, "float64"));
    expect(error).toBeInstanceOf(ExpandError);
    expect(error).toBeInstanceOf(Error);
    const expand = error as ExpandError;
    expect(expand.name).toBe("ExpandError");
    expect(expand.message).toBe(torchSays(10, 2, 3));
    expect(expand.dim).toBe(1);
    expect(expand.targetSizes).toEqual([10, 2]);
    expect(expand.tensorSizes).toEqual([10, 3]);
    expect(() => positionalEncoding(10, 3, "float64")).toThrow(torchSays(10, 1, 2));
    expect(() => positionalEncoding(4, 7, "float64")).toThrow(torchSays(4, 3, 4));
  });

  it("builds PyTorch's message for any dimension and sizes", () => {
    expect(new ExpandError(0, [3, 4], [5, 4]).message).toBe(
      "The expanded size of the tensor (3) must match the existing size (5) at non-singleton dimension 0.  Target sizes: [3, 4].  Tensor sizes: [5, 4]",
    );
    expect(new ExpandError(2, [1, 2, 6], [1, 2, 7]).message).toContain(
      "(6) must match the existing size (7) at non-singleton dimension 2.  Target sizes: [1, 2, 6].  Tensor sizes: [1, 2, 7]",
    );
  });

  it("accepts d_model = 1, where PyTorch stretches the lone cos column to none", () => {
    const pe = positionalEncoding(3, 1, "float64");
    expect(pe.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(pe[0]?.[0]).toBe(0);
    expect(pe[1]?.[0]).toBeCloseTo(Math.sin(1), 15);
    expect(pe[2]?.[0]).toBeCloseTo(Math.sin(2), 15);
  });

  it("refuses negative sizes as torch.zeros does, and fractions as Python's range does", () => {
    expect(() => positionalEncoding(-1, 8, "float64")).toThrow(RangeError);
    expect(() => positionalEncoding(-1, 8, "float64")).toThrow(
      "Trying to create tensor with negative dimension -1: [-1, 8]",
    );
    expect(() => positionalEncoding(10, -2, "float64")).toThrow(
      "Trying to create tensor with negative dimension -2: [10, -2]",
    );
    for (const [l, d] of [
      [2.5, 8],
      [10, 7.5],
      [Number.NaN, 8],
      [10, Number.POSITIVE_INFINITY],
    ] as const) {
      const error = thrown(() => positionalEncoding(l, d, "float64"));
      expect(error, `size ${l} × ${d}`).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("'float' object cannot be interpreted as an integer");
    }
  });

  it("law: every value is in [-1, 1]", () => {
    fc.assert(
      fc.property(maxLen, fc.integer({ min: 0, max: 65 }), (l, d) => {
        fc.pre(d % 2 === 0 || d === 1);
        const values = positionalEncoding(l, d, "float64").flatMap((row) => Array.from(row));
        expect(Math.max(0, ...values.map(Math.abs)), "largest |value|").toBeLessThanOrEqual(1);
      }),
    );
  });

  it("law: sin² + cos² = 1 for every (even, odd) column pair", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const worst = Math.max(...positionalEncoding(l, d, "float64").flatMap(pythagoras));
        expect(worst, "largest |sin² + cos² - 1|").toBeLessThan(1e-15);
      }),
    );
  });

  it("law: row 0 is [0, 1, 0, 1, …]", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const row = Array.from(positionalEncoding(l, d, "float64")[0] ?? []);
        expect(row, "row 0").toEqual(Array.from({ length: d }, (_, j) => j % 2));
      }),
    );
  });

  it("law: column 0 is sin(position) and column 1 is cos(position)", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const pe = positionalEncoding(l, d, "float64");
        expect(
          pe.map((row) => [row[0], row[1]]),
          "columns 0 and 1",
        ).toEqual(pe.map((_, pos) => [Math.sin(pos), Math.cos(pos)]));
      }),
    );
  });

  it("law: entry (pos, 2i) is sin(pos · div[i]) and entry (pos, 2i + 1) is cos(pos · div[i])", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const div = Array.from(divTerm(d, "float64"));
        const expected = Array.from({ length: l }, (_, pos) =>
          div.flatMap((w) => [Math.sin(pos * w), Math.cos(pos * w)]),
        );
        expect(
          positionalEncoding(l, d, "float64").map((row) => Array.from(row)),
          "the table",
        ).toEqual(expected);
      }),
    );
  });

  it("law: div_term starts at 1 and falls by the same factor, 10000^(-2/d_model), at each step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1024 }), (d) => {
        const div = divTerm(d, "float64");
        expect(div, "length").toHaveLength(Math.ceil(d / 2));
        expect(div[0], "div[0]").toBe(1);
        const factor = 10000 ** (-2 / d);
        for (let i = 1; i < div.length; i++) {
          const ratio = (div[i] ?? 0) / (div[i - 1] ?? 1);
          expect(Math.abs(ratio / factor - 1), `div[${i}] / div[${i - 1}]`).toBeLessThan(1e-12);
        }
      }),
    );
  });

  it("law: an odd d_model above 1 is refused with PyTorch's sizes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 200 }), (l, half) => {
        const d = 2 * half + 1;
        const error = thrown(() => positionalEncoding(l, d, "float64"));
        expect(error, "the error").toBeInstanceOf(ExpandError);
        expect((error as Error).message, "the message").toBe(torchSays(l, half, half + 1));
      }),
    );
  });
});

describe("float32", () => {
  it("rounds the scale, the product and the exp to float32, as PyTorch does", () => {
    const div = divTerm(8, "float32");
    expect(div).toBeInstanceOf(Float32Array);
    // CPython with every step rounded to float32 (struct.pack("f", x)).
    expect(Array.from(div)).toEqual([
      1, 0.09999999403953552, 0.009999999776482582, 0.0009999999310821295,
    ]);
    expect(Array.from(divTerm(6, "float32"))).toEqual([
      1, 0.046415891498327255, 0.002154434798285365,
    ]);
    expect(divTerm(512, "float32")[255]).toBe(0.00010366332571720704);
  });

  it("gives float32 rows, exact at row 0", () => {
    const pe = positionalEncoding(50, 8, "float32");
    expect(pe).toHaveLength(50);
    expect(pe[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(pe[0] ?? [])).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(Array.from(pe[1] ?? []).slice(0, 2)).toEqual([0.8414709568023682, 0.5403022766113281]);
    expect(Array.from(positionalEncoding(4, 6, "float32")[3] ?? [])).toEqual([
      0.14112000167369843, -0.9899924993515015, 0.13879810273647308, 0.9903206825256348,
      0.006463258992880583, 0.9999791383743286,
    ]);
  });

  it("rounds after every operation, not once at the end: far rows show the difference", () => {
    const pe = positionalEncoding(2000, 8, "float32");
    // CPython, float32 after every step. Rounding the float64 table once instead gives
    // -0.5063656568527222 at (1000, 2) and -0.9175720810890198 at (1999, 2).
    expect(Array.from(pe[1000] ?? [])).toEqual([
      0.8268795609474182, 0.5623790621757507, -0.5063722133636475, 0.8623149991035461,
      -0.5440211296081543, -0.83907151222229, 0.8414709568023682, 0.5403023362159729,
    ]);
    expect(Array.from(pe[1999] ?? [])).toEqual([
      0.8117090463638306, 0.5840620398521423, -0.9175744652748108, 0.3975639045238495,
      0.908818781375885, 0.41719117760658264, 0.9097132086753845, -0.4152371883392334,
    ]);
  });

  it("checks sizes exactly as in float64", () => {
    expect(() => positionalEncoding(10, 5, "float32")).toThrow(torchSays(10, 2, 3));
    expect(() => positionalEncoding(-3, 4, "float32")).toThrow(
      "Trying to create tensor with negative dimension -3: [-3, 4]",
    );
    expect(() => positionalEncoding(1.5, 4, "float32")).toThrow(TypeError);
    expect(positionalEncoding(3, 1, "float32").map((row) => Array.from(row))).toEqual([
      [0],
      [0.8414709568023682],
      [0.9092974066734314],
    ]);
  });

  it("law: every entry is a float32 in [-1, 1]", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const values = positionalEncoding(l, d, "float32").flatMap((row) => Array.from(row));
        expect(
          values.filter((x) => Math.fround(x) !== x),
          "entries that are not float32",
        ).toEqual([]);
        expect(Math.max(0, ...values.map(Math.abs)), "largest |entry|").toBeLessThanOrEqual(1);
      }),
    );
  });

  it("law: sin² + cos² is within 2⁻²² of 1 for every (even, odd) column pair", () => {
    fc.assert(
      fc.property(maxLen, evenD, (l, d) => {
        const worst = Math.max(...positionalEncoding(l, d, "float32").flatMap(pythagoras));
        expect(worst, "largest |sin² + cos² - 1|").toBeLessThanOrEqual(2 ** -22);
      }),
    );
  });

  it("law: the float32 table is within (position + 1) × 2⁻¹⁹ of the float64 table", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), evenD, (l, d) => {
        const exact = positionalEncoding(l, d, "float64");
        // The largest error, in units of (position + 1) × 2⁻¹⁹, must stay at most 1.
        const scaled = positionalEncoding(l, d, "float32").flatMap((row, pos) =>
          Array.from(row, (x, j) => Math.abs(x - (exact[pos]?.[j] ?? 0)) / ((pos + 1) * 2 ** -19)),
        );
        expect(Math.max(...scaled), "largest error / ((position + 1) × 2⁻¹⁹)").toBeLessThanOrEqual(
          1,
        );
      }),
    );
  });

  it("law: columns 0 and 1 are the float64 values rounded to float32", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), evenD, (l, d) => {
        const exact = positionalEncoding(l, d, "float64");
        expect(
          positionalEncoding(l, d, "float32").map((row) => [row[0], row[1]]),
          "columns 0 and 1",
        ).toEqual(exact.map((row) => [Math.fround(row[0] ?? 0), Math.fround(row[1] ?? 0)]));
      }),
    );
  });
});

describe("ulps", () => {
  it("counts float32 steps between two numbers", () => {
    expect(ulpsBetween(1, 1 + 2 ** -23)).toBe(1);
    // 1.0000001 is not a float32; the nearest one is 1 + 2⁻²³.
    expect(ulpsBetween(1, 1.0000001)).toBe(1);
    expect(ulpsBetween(1, 2)).toBe(2 ** 23);
    expect(ulpsBetween(2, 1)).toBe(2 ** 23);
    expect(ulpsBetween(0.1, 0.1)).toBe(0);
    expect(ulpsBetween(0, 2 ** -149)).toBe(1);
    expect(ulpsBetween(Number.POSITIVE_INFINITY, 3.4028234663852886e38)).toBe(1);
  });

  it("counts across zero, where -0 and 0 are the same point", () => {
    expect(ulpsBetween(-0, 0)).toBe(0);
    expect(ulpsBetween(-1e-45, 1e-45)).toBe(2);
    expect(ulpsBetween(-1, 1)).toBe(2130706432);
    expect(ulpsBetween(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(4278190080);
  });

  it("refuses NaN, and numbers beyond float32, which Math.fround would silently make Infinity", () => {
    expect(() => ulpsBetween(Number.NaN, 1)).toThrow(RangeError);
    expect(() => ulpsBetween(1, Number.NaN)).toThrow("NaN is not a number on the float32 line");
    // Python: struct.pack("f", 1e39) raises OverflowError. JS: Math.fround(1e39) is Infinity.
    expect(Math.fround(1e39)).toBe(Number.POSITIVE_INFINITY);
    expect(() => ulpsBetween(1, 1e39)).toThrow(RangeError);
    expect(() => ulpsBetween(-1e39, 1)).toThrow("float too large to pack with f format");
  });

  it("measures the float32 table against the float64 table, entry by entry", () => {
    const errors = ulpError(2000, 8);
    expect(errors).toHaveLength(2000);
    expect(errors[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(errors[1000]).toEqual([0, 0, 110, 65, 0, 0, 0, 1]);
    expect(errors[1999]).toEqual([0, 0, 40, 188, 1, 7, 2, 5]);
    // Near a zero of cos the two tables have opposite signs: every float32 between them counts.
    expect(errors[1775]).toEqual([0, 0, 0, 1808088608, 0, 0, 1, 9]);
    expect(ulpError(0, 8)).toEqual([]);
    expect(() => ulpError(10, 5)).toThrow(ExpandError);
  });

  const float32 = fc.float({ noNaN: true }).map(Math.fround);

  it("law: ulpsBetween is a distance: zero on the same float32, symmetric, additive along the line", () => {
    fc.assert(
      fc.property(float32, float32, float32, (x, y, z) => {
        const [a, c, b] = [x, y, z].toSorted((p, q) => p - q);
        expect(ulpsBetween(x, x), "from x to x").toBe(0);
        expect(ulpsBetween(x, y), "from x to y").toBe(ulpsBetween(y, x));
        expect(ulpsBetween(x, y) === 0, "zero only for the same float32").toBe(
          x === y, // -0 === 0, as it should be
        );
        expect(ulpsBetween(a ?? 0, b ?? 0), "a to b against a to c to b").toBe(
          ulpsBetween(a ?? 0, c ?? 0) + ulpsBetween(c ?? 0, b ?? 0),
        );
      }),
    );
  });

  it("law: neighbouring float32 values are 1 ulp apart", () => {
    fc.assert(
      fc.property(float32, (x) => {
        fc.pre(x !== Number.POSITIVE_INFINITY);
        expect(ulpsBetween(x, nextFloat32(x)), "from x to the next float32").toBe(1);
      }),
    );
  });

  it("law: the ulp error of columns 0 and 1 is 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), evenD, (l, d) => {
        const errors = ulpError(l, d);
        expect(errors.length, "rows").toBe(l);
        expect(
          errors.filter((row) => row.length !== d),
          "rows of the wrong length",
        ).toEqual([]);
        expect(
          Math.max(...errors.flatMap((row) => row.slice(0, 2))),
          "ulps in columns 0 and 1",
        ).toBe(0);
      }),
    );
  });
});

describe("transcript", () => {
  // CPython's output of katas/positional-encoding/original.py, line by line.
  const lines = [
    "div_term(8): [1.000000, 0.100000, 0.010000, 0.001000]",
    "div_term(8), float32: ['1.0', '0.09999999403953552', '0.009999999776482582', '0.0009999999310821295']",
    "pe[0]: [0.0000, 1.0000, 0.0000, 1.0000, 0.0000, 1.0000, 0.0000, 1.0000]",
    "pe[1]: [0.8415, 0.5403, 0.0998, 0.9950, 0.0100, 1.0000, 0.0010, 1.0000]",
    "pe[2]: [0.9093, -0.4161, 0.1987, 0.9801, 0.0200, 0.9998, 0.0020, 1.0000]",
    "pe[49]: [-0.9538, 0.3006, -0.9825, 0.1865, 0.4706, 0.8823, 0.0490, 0.9988]",
    "pe32[0]: [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]",
    "pe32[1][:2]: [0.8414709568023682, 0.5403022766113281] vs float64 [0.8414709848078965, 0.5403023058681398]",
    "pe32[49][2]: -0.9824526906013489 vs float64 -0.9824526126243328",
    "float32 sin^2 + cos^2 - 1, worst: 7.974e-08",
    "ulps: 1 8388608 0 2",
    "worst ulps per column, positions 0-1999: [0, 0, 52429, 1808088608, 13107, 10485, 2, 9568]",
    "pe32[1999]: [0.811709, 0.584062, -0.917574, 0.397564, 0.908819, 0.417191, 0.909713, -0.415237] vs float64 [0.811709, 0.584062, -0.917572, 0.397570, 0.908819, 0.417191, 0.909713, -0.415237]",
    "d_model=5: RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [10, 2].  Tensor sizes: [10, 3]",
    "d_model=3: RuntimeError: The expanded size of the tensor (1) must match the existing size (2) at non-singleton dimension 1.  Target sizes: [10, 1].  Tensor sizes: [10, 2]",
    "d_model=1: [[0.0], [0.8414709568023682], [0.9092974066734314]]",
    "OverflowError: float too large to pack with f format",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(lines);
  });

  it("prints the same lines every time it runs", () => {
    demo();
    expect(demo()).toEqual(lines);
  });
});
