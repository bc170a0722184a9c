import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attention,
  demo,
  fsum,
  type Matrix,
  matmul,
  multiHeadAttention,
  ShapeError,
  softmax,
  transpose,
} from "#kata/self-attention";

/** The error an action throws, or undefined. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A finite double as an exact count of 2⁻¹⁰⁷⁴, the smallest step of a double. */
function exactSteps(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exponent = (hi >>> 20) & 0x7ff;
  const mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const magnitude = exponent === 0 ? mantissa : (mantissa | (1n << 52n)) << BigInt(exponent - 1);
  return hi >>> 31 === 1 ? -magnitude : magnitude;
}

/** An exact count of 2⁻¹⁰⁷⁴ rounded to the nearest double, ties to even: the oracle for fsum. */
function nearestDouble(steps: bigint): number {
  let m = steps < 0n ? -steps : steps;
  const bits = m.toString(2).length;
  const shift = Math.max(0, bits - 53);
  if (shift > 0) {
    const q = m >> BigInt(shift);
    const r = m - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    m = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
  }
  const value = Number(m) * 2 ** (shift - 1074);
  return steps < 0n ? -value : value;
}

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Random matrices: `rows` × `cols`, entries from `value`. */
const matrix = (
  rows: number,
  cols: number,
  value = fc.double({ min: -10, max: 10, noNaN: true }),
) =>
  fc.array(fc.array(value, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

/** Q, K and V for self-attention over n tokens, with d_k and d_v columns. */
const qkv = fc
  .record({
    n: fc.integer({ min: 1, max: 5 }),
    dk: fc.integer({ min: 1, max: 4 }),
    dv: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ n, dk, dv }) => fc.tuple(matrix(n, dk), matrix(n, dk), matrix(n, dv)));

describe("softmax", () => {
  it("fsum rounds the exact sum once, where adding one by one rounds every time", () => {
    const tenths = Array<number>(10).fill(0.1);
    expect(sumOf(tenths)).toBe(0.9999999999999999);
    expect(fsum(tenths)).toBe(1);
    // CPython's own test cases for math.fsum (Lib/test/test_math.py).
    expect(fsum([])).toBe(0);
    expect(fsum([0])).toBe(0);
    expect(fsum([1e100, 1, -1e100, 1e-100, 1e50, -1, -1e50])).toBe(1e-100);
    expect(fsum([2 ** 53, -0.5, -(2 ** -54)])).toBe(2 ** 53 - 1);
    expect(fsum([2 ** 53, 1, 2 ** -100])).toBe(2 ** 53 + 2);
    expect(fsum([2 ** 53 + 10, 1, 2 ** -100])).toBe(2 ** 53 + 12);
    expect(fsum([2 ** 53 - 4, 0.5, 2 ** -54])).toBe(2 ** 53 - 3);
    expect(fsum([1e16, 1, 1e-16])).toBe(10000000000000002);
    expect(fsum([1e16 - 2, 1 - 2 ** -53, -(1e16 - 2), -(1 - 2 ** -53)])).toBe(0);
    expect(fsum(range(1000).map((n) => 1 / (n + 1)))).toBe(7.485470860550345);
    expect(fsum(range(1000).map((n) => (-1) ** (n + 1) / (n + 1)))).toBe(-0.6926474305598203);
    const many = range(1023).map((i) => {
      const n = -1074 + 2 * i;
      return 2 ** n - 2 ** (n + 50) + 2 ** (n + 52);
    });
    expect(fsum([...many, -(2 ** 1022)])).toBe(1.3305602063564798e292);
    // Ties go to even, unless a smaller number breaks the tie (CPython's values).
    expect(fsum([1e16, 1])).toBe(1e16);
    expect(fsum([-1e16, -1])).toBe(-1e16);
    expect(fsum([1e16, -1])).toBe(1e16);
    expect(fsum([2 ** 53, 1])).toBe(2 ** 53);
    expect(fsum([2 ** 53, 1, 1e-30])).toBe(2 ** 53 + 2);
    expect(fsum([0.5, 1e-30, 0.5, 2 ** 53])).toBe(2 ** 53 + 2);
    expect(fsum([1e-16, 1e-16, 1e16, 1, -1e16, 1e-16])).toBe(1.0000000000000002);
    // Any iterable will do, as in Python.
    expect(fsum(new Set([0.1, 0.2, 0.3]))).toBe(0.6);
  });

  it("fsum passes infinities and NaN through, and refuses what Python refuses", () => {
    expect(fsum([Number.POSITIVE_INFINITY, 1])).toBe(Number.POSITIVE_INFINITY);
    expect(fsum([Number.NEGATIVE_INFINITY, -1e308])).toBe(Number.NEGATIVE_INFINITY);
    expect(fsum([-1e308, Number.NEGATIVE_INFINITY, 1])).toBe(Number.NEGATIVE_INFINITY);
    expect(fsum([Number.NaN, 1])).toBeNaN();
    // Python: ValueError and OverflowError. Here both are RangeErrors with Python's words.
    const error = thrown(() => fsum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe("-inf + inf in fsum");
    expect(() => fsum([1e308, 1e308, -1e308])).toThrow(RangeError);
    expect(() => fsum([1e308, 1e308])).toThrow("intermediate overflow in fsum");
    // Even beside an infinity, as in CPython: the finite numbers overflow among themselves.
    expect(() => fsum([Number.NEGATIVE_INFINITY, -1e308, -1e308])).toThrow(
      "intermediate overflow in fsum",
    );
  });

  it("gives weights that sum to 1, the largest to the largest score", () => {
    const weights = softmax([1, 2, 3]);
    // CPython: [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]
    expect(weights[0]).toBeCloseTo(0.09003057317038046, 15);
    expect(weights[1]).toBeCloseTo(0.24472847105479764, 15);
    expect(weights[2]).toBeCloseTo(0.6652409557748218, 15);
    expect(softmax([5])).toEqual([1]);
    expect(softmax([2, 2])).toEqual([0.5, 0.5]);
    expect(softmax([-3, -3, -3, -3])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(softmax([])).toEqual([]);
  });

  it("keeps huge scores finite: Math.exp(1001) is Infinity where Python's math.exp raises", () => {
    // Python: math.exp(1001) raises OverflowError. JS: Infinity, and Infinity / Infinity is NaN,
    // which is what a softmax without the max subtraction returns.
    expect(Math.exp(1001)).toBe(Number.POSITIVE_INFINITY);
    expect(Math.exp(1001) / Math.exp(1001)).toBeNaN();
    expect(softmax([1001, 1002, 1003])).toEqual(softmax([1, 2, 3]));
    expect(softmax([800, -800])).toEqual([1, 0]);
    expect(softmax([1e308, -1e308, 1e308])).toEqual([0.5, 0, 0.5]);
    expect(softmax([-1e308, -1e308])).toEqual([0.5, 0.5]);
  });

  it("gives a -Infinity score exactly 0, and a row of -Infinity NaN, as PyTorch does", () => {
    // Python spells it float('-inf') or -math.inf; both languages agree that exp(-inf) is 0.
    expect(Math.exp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(softmax([0, Number.NEGATIVE_INFINITY])).toEqual([1, 0]);
    expect(softmax([Number.NEGATIVE_INFINITY, 3, Number.NEGATIVE_INFINITY, 3])).toEqual([
      0, 0.5, 0, 0.5,
    ]);
    // -inf - (-inf) is NaN: a fully masked row has no weights to give.
    const masked = softmax([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(masked).toHaveLength(2);
    expect(masked.every(Number.isNaN)).toBe(true);
  });

  it("law: fsum is the exact sum, rounded once to the nearest double", () => {
    // Random doubles rarely land on a tie; these numbers often do.
    const tieMakers = fc.constantFrom(1e16, -1e16, 2 ** 53, 1, -1, 2, 3, 0.5, 1e-16, -1e-16, 1e-30);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e300, max: 1e300, noNaN: true }), tieMakers), {
          maxLength: 12,
        }),
        (xs) => {
          const exact = nearestDouble(xs.reduce((total, x) => total + exactSteps(x), 0n));
          expect(fsum(xs) + 0, "fsum against the exact sum, rounded").toBe(exact + 0);
        },
      ),
    );
  });

  it("law: fsum does not depend on the order of its numbers", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { maxLength: 12 })
          .chain((xs) =>
            fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })),
          ),
        ([xs, shuffled]) => {
          expect(fsum(shuffled) + 0, "fsum of the shuffled numbers").toBe(fsum(xs) + 0);
        },
      ),
    );
  });

  it("law: fsum cancels exactly: numbers, their negatives and y sum to y", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { maxLength: 8 }),
        fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        (xs, y) => {
          expect(fsum([...xs, y, ...xs.map((x) => -x)]) + 0, "the sum").toBe(y + 0);
        },
      ),
    );
  });

  const scores = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
    minLength: 1,
    maxLength: 10,
  });

  it("law: every softmax row sums to 1", () => {
    fc.assert(
      fc.property(scores, (row) => {
        const weights = softmax(row);
        expect(weights, "weights").toHaveLength(row.length);
        expect(Math.abs(sumOf(weights) - 1), "|sum of weights - 1|").toBeLessThanOrEqual(
          row.length * 2 ** -52,
        );
      }),
    );
  });

  it("law: adding the same constant to every score changes no weight", () => {
    const whole = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(whole, { minLength: 1, maxLength: 10 }), whole, (row, c) => {
        expect(softmax(row.map((s) => s + c)), "weights of the shifted scores").toEqual(
          softmax(row),
        );
      }),
    );
  });

  it("law: huge scores never give NaN or Infinity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e308, max: 1e308, noNaN: true }), {
          minLength: 1,
          maxLength: 10,
        }),
        (row) => {
          const weights = softmax(row);
          expect(
            weights.filter((w) => !(w >= 0 && w <= 1)),
            "weights outside [0, 1]",
          ).toEqual([]);
          expect(Math.abs(sumOf(weights) - 1), "|sum of weights - 1|").toBeLessThanOrEqual(
            row.length * 2 ** -52,
          );
        },
      ),
    );
  });

  it("law: a larger score never gets a smaller weight", () => {
    fc.assert(
      fc.property(scores, (row) => {
        const weights = softmax(row);
        row.forEach((s, i) => {
          row.forEach((t, j) => {
            if (s > t)
              expect(weights[i], `weight of score ${s} against ${t}`).toBeGreaterThanOrEqual(
                weights[j] ?? 0,
              );
          });
        });
      }),
    );
  });

  it("law: a -Infinity score gets exactly 0, and the other scores share all the weight", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), {
          minLength: 1,
          maxLength: 10,
        }),
        (cells) => {
          fc.pre(cells.some((c) => c !== undefined));
          const row = cells.map((c) => c ?? Number.NEGATIVE_INFINITY);
          const weights = softmax(row);
          const masked = weights.filter((_, i) => cells[i] === undefined);
          expect(masked, "weights of -Infinity scores").toEqual(masked.map(() => 0));
          expect(Math.abs(sumOf(weights) - 1), "|sum of weights - 1|").toBeLessThanOrEqual(
            row.length * 2 ** -52,
          );
        },
      ),
    );
  });
});

describe("attention", () => {
  const x = [
    [1, 0, 1, 0],
    [0, 2, 0, 2],
    [1, 1, 1, 1],
  ];

  it("multiplies matrices, summing each dot product with fsum", () => {
    expect(
      matmul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(matmul([[1, 2, 3]], [[1], [1], [1]])).toEqual([[6]]);
    // Left to right, 1e16 + 1 - 1e16 is 0; the exact dot product is 1.
    expect(matmul([[1e16, 1, -1e16]], [[1], [1], [1]])).toEqual([[1]]);
    expect(transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
    // A matrix with no rows has no columns either.
    expect(transpose([])).toEqual([]);
    expect(matmul([], [])).toEqual([]);
    expect(matmul([[], []], [])).toEqual([[], []]);
    expect(
      transpose([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
  });

  it("refuses shapes that cannot be multiplied, with PyTorch's message (zip would quietly truncate)", () => {
    const error = thrown(() => matmul(x, [[1, 2, 3]]));
    expect(error).toBeInstanceOf(ShapeError);
    expect(error).toBeInstanceOf(Error);
    const shape = error as ShapeError;
    expect(shape.name).toBe("ShapeError");
    expect(shape.left).toEqual([3, 4]);
    expect(shape.right).toEqual([1, 3]);
    expect(shape.message).toBe("mat1 and mat2 shapes cannot be multiplied (3x4 and 1x3)");
    expect(new ShapeError([2, 5], [4, 7]).message).toBe(
      "mat1 and mat2 shapes cannot be multiplied (2x5 and 4x7)",
    );
    // Q has 4 columns, K only 2: Q @ Kᵀ is 3x4 times 2x3.
    expect(() =>
      attention(
        x,
        x.map((row) => row.slice(0, 2)),
        x,
      ),
    ).toThrow("mat1 and mat2 shapes cannot be multiplied (3x4 and 2x3)");
    expect(() => matmul([[1, 2]], [])).toThrow(
      "mat1 and mat2 shapes cannot be multiplied (1x2 and 0x0)",
    );
    expect(() => matmul([], [[1, 2]])).toThrow(
      "mat1 and mat2 shapes cannot be multiplied (0x0 and 1x2)",
    );
    // Three queries' weights over three keys, but only two values.
    expect(() => attention(x, x, x.slice(0, 2))).toThrow(
      "mat1 and mat2 shapes cannot be multiplied (3x3 and 2x4)",
    );
  });

  it("computes softmax(Q Kᵀ / √d_k) V", () => {
    const { output, weights } = attention(x, x, x);
    // CPython's values, to 15 digits (V8's exp may differ from CPython's in the last bit).
    const expectedWeights = [
      [0.4223187982515182, 0.15536240349696362, 0.4223187982515182],
      [0.015876239976466765, 0.8668133321973349, 0.11731042782619838],
      [0.15536240349696362, 0.4223187982515182, 0.4223187982515182],
    ];
    const expectedOutput = [
      [0.8446375965030364, 0.7330436052454454, 0.8446375965030364, 0.7330436052454454],
      [0.13318666780266514, 1.8509370922208683, 0.13318666780266514, 1.8509370922208683],
      [0.5776812017484818, 1.2669563947545546, 0.5776812017484818, 1.2669563947545546],
    ];
    expectedWeights.forEach((row, i) => {
      row.forEach((w, j) => {
        expect(weights[i]?.[j]).toBeCloseTo(w, 15);
      });
    });
    expectedOutput.forEach((row, i) => {
      row.forEach((o, j) => {
        expect(output[i]?.[j]).toBeCloseTo(o, 15);
      });
    });
  });

  it("gives no outputs for no tokens", () => {
    expect(attention([], [], [])).toEqual({ output: [], weights: [] });
    expect(attention([], [], [], { causal: true })).toEqual({ output: [], weights: [] });
  });

  it("divides the scores by √d_k, the number of columns of K", () => {
    // Scores 2 / √4 = 1 and 0: weights e / (e + 1) and 1 / (e + 1).
    const { weights, output } = attention(
      [[2, 0, 0, 0]],
      [
        [1, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      [[10], [0]],
    );
    expect(weights[0]?.[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
    expect(weights[0]?.[1]).toBeCloseTo(1 / (Math.E + 1), 15);
    expect(output[0]?.[0]).toBeCloseTo((10 * Math.E) / (Math.E + 1), 14);
  });

  it("under the causal mask, query i sees keys 0..i only", () => {
    const { output, weights } = attention(x, x, x, { causal: true });
    expect(weights[0]).toEqual([1, 0, 0]);
    expect(output[0]).toEqual([1, 0, 1, 0]);
    expect(weights[1]?.[2]).toBe(0);
    expect(weights[1]?.[0]).toBeCloseTo(0.017986209962091555, 15);
    expect(weights[1]?.[1]).toBeCloseTo(0.9820137900379085, 15);
    // The last query sees everything: the same row as without the mask.
    expect(weights[2]).toEqual(attention(x, x, x).weights[2]);
    expect(attention(x, x, x, { causal: false })).toEqual(attention(x, x, x));
  });

  it("masks before softmax, so the visible weights still sum to 1", () => {
    const { weights } = attention(
      [
        [0, 0],
        [0, 0],
      ],
      [
        [0, 0],
        [0, 0],
      ],
      [[1], [2]],
      { causal: true },
    );
    expect(weights).toEqual([
      [1, 0],
      [0.5, 0.5],
    ]);
  });

  it("law: every attention row sums to 1", () => {
    fc.assert(
      fc.property(qkv, fc.boolean(), ([q, k, v], causal) => {
        const { weights, output } = attention(q, k, v, { causal });
        expect(output.length, "output rows").toBe(q.length);
        for (const row of weights) {
          expect(Math.abs(sumOf(row) - 1), "|sum of attention row - 1|").toBeLessThanOrEqual(
            row.length * 2 ** -52,
          );
        }
      }),
    );
  });

  it("law: permuting the rows of Q, K and V together permutes the outputs the same way", () => {
    fc.assert(
      fc.property(
        qkv.chain(([q, k, v]) =>
          fc.tuple(
            fc.constant([q, k, v] as const),
            fc.shuffledSubarray(range(q.length), { minLength: q.length }),
          ),
        ),
        ([[q, k, v], order]) => {
          const permute = <T>(rows: readonly T[]) => order.map((i) => rows[i] as T);
          const plain = attention(q, k, v);
          const permuted = attention(permute(q), permute(k), permute(v));
          // With exactly rounded sums, the order of the keys cannot change a single bit.
          expect(permuted.output, "outputs of the permuted tokens").toEqual(permute(plain.output));
          expect(permuted.weights, "weights of the permuted tokens").toEqual(
            permute(plain.weights).map((row) => permute(row)),
          );
        },
      ),
    );
  });

  it("law: under the causal mask no position attends to the future: weights above the diagonal are exactly 0", () => {
    fc.assert(
      fc.property(qkv, ([q, k, v]) => {
        const { weights } = attention(q, k, v, { causal: true });
        weights.forEach((row, i) => {
          expect(row.slice(i + 1), `weights of query ${i} on later keys`).toEqual(
            row.slice(i + 1).map(() => 0),
          );
        });
      }),
    );
  });

  it("law: under the causal mask, changing later keys and values leaves earlier outputs alone", () => {
    fc.assert(
      fc.property(
        qkv.chain(([q, k, v]) =>
          fc.tuple(
            fc.constant([q, k, v] as const),
            fc.integer({ min: 0, max: q.length - 1 }),
            matrix(q.length, k[0]?.length ?? 0),
            matrix(q.length, v[0]?.length ?? 0),
          ),
        ),
        ([[q, k, v], t, otherK, otherV]) => {
          // Keys and values after position t replaced by others.
          const k2 = k.map((row, j) => (j > t ? (otherK[j] ?? row) : row));
          const v2 = v.map((row, j) => (j > t ? (otherV[j] ?? row) : row));
          const before = attention(q, k, v, { causal: true });
          const after = attention(q, k2, v2, { causal: true });
          expect(after.output.slice(0, t + 1), `outputs 0..${t}`).toEqual(
            before.output.slice(0, t + 1),
          );
        },
      ),
    );
  });

  it("law: large scores never give NaN or Infinity", () => {
    const big = fc.double({ min: -1e150, max: 1e150, noNaN: true });
    fc.assert(
      fc.property(
        fc
          .record({ n: fc.integer({ min: 1, max: 4 }), dk: fc.integer({ min: 1, max: 4 }) })
          .chain(({ n, dk }) => fc.tuple(matrix(n, dk, big), matrix(n, dk, big), matrix(n, 2))),
        fc.boolean(),
        ([q, k, v], causal) => {
          const { output, weights } = attention(q, k, v, { causal });
          const values = [...output.flat(), ...weights.flat()];
          expect(
            values.filter((y) => !Number.isFinite(y)),
            "NaN or infinite values",
          ).toEqual([]);
        },
      ),
    );
  });
});

describe("multi-head", () => {
  const identity = range(4).map((i) => range(4).map((j) => (i === j ? 1 : 0)));
  const swap = [
    [0, 1, 0, 0],
    [1, 0, 0, 0],
    [0, 0, 0, 1],
    [0, 0, 1, 0],
  ];
  const wo = [
    [0.5, 0, 0, 0],
    [0, 0.5, 0, 0],
    [0, 0, 2, 0],
    [0, 0, 0, 2],
  ];
  const tokens = [
    [1, 0, 0.5, -1],
    [0, 2, 1, 0],
    [1, 1, -0.5, 0.5],
  ];
  const projections = { wq: identity, wk: swap, wv: identity, wo };

  it("projects, splits into heads, attends per head, concatenates in order and projects", () => {
    const { output, weights } = multiHeadAttention(tokens, projections, 2);
    expect(weights).toHaveLength(2);
    // CPython, rounded to 4 places (original.py prints these).
    const head0 = [
      [0.14, 0.576, 0.284],
      [0.4458, 0.1084, 0.4458],
      [0.1978, 0.4011, 0.4011],
    ];
    const head1 = [
      [0.1836, 0.1836, 0.6328],
      [0.169, 0.3428, 0.4882],
      [0.4442, 0.3722, 0.1835],
    ];
    const rows = [
      [0.212, 0.718, -0.082, 0.2656],
      [0.4458, 0.3313, 0.3664, 0.1501],
      [0.2994, 0.6017, 1.0052, -0.7049],
    ];
    [head0, head1].forEach((head, h) => {
      head.forEach((row, i) => {
        row.forEach((w, j) => {
          expect(weights[h]?.[i]?.[j]).toBeCloseTo(w, 4);
        });
      });
    });
    rows.forEach((row, i) => {
      row.forEach((y, j) => {
        expect(output[i]?.[j]).toBeCloseTo(y, 4);
      });
    });
  });

  it("scales each head by √d_k = √(d_model / heads), not √d_model", () => {
    // One token attending to two: with 2 heads of 2 columns, head 0's scores are 4 / √2 and 0.
    const x = [
      [2, 2, 0, 0],
      [0, 0, 0, 0],
    ];
    const { weights } = multiHeadAttention(
      x,
      { wq: identity, wk: identity, wv: identity, wo: identity },
      2,
    );
    const s = 8 / Math.SQRT2;
    expect(weights[0]?.[0]?.[0]).toBeCloseTo(Math.exp(s) / (Math.exp(s) + 1), 12);
    expect(weights[1]?.[0]).toEqual([0.5, 0.5]);
  });

  it("refuses a d_model the heads do not divide, as torch.nn.MultiheadAttention does", () => {
    // PyTorch: AssertionError. JS has no such class: a RangeError with the same words.
    const error = thrown(() => multiHeadAttention(tokens, projections, 3));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe("embed_dim must be divisible by num_heads");
    for (const heads of [0, -2, 1.5, Number.NaN]) {
      const bad = thrown(() => multiHeadAttention(tokens, projections, heads));
      expect(bad, `heads = ${heads}`).toBeInstanceOf(RangeError);
      expect((bad as Error).message).toBe(`num_heads must be a positive integer, got ${heads}`);
    }
    expect(multiHeadAttention([], { wq: [], wk: [], wv: [], wo: [] }, 1)).toEqual({
      output: [],
      weights: [[]],
    });
    expect(() =>
      multiHeadAttention(tokens, { ...projections, wq: identity.slice(0, 3) }, 2),
    ).toThrow("mat1 and mat2 shapes cannot be multiplied (3x4 and 3x4)");
  });

  const selfAttention = fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      heads: fc.integer({ min: 1, max: 3 }),
      dk: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ n, heads, dk }) => fc.tuple(matrix(n, heads * dk), fc.constant(heads)));
  const identityOf = (d: number) => range(d).map((i) => range(d).map((j) => (i === j ? 1 : 0)));
  const plain = (d: number) => ({
    wq: identityOf(d),
    wk: identityOf(d),
    wv: identityOf(d),
    wo: identityOf(d),
  });

  it("law: with one head and identity projections, multi-head attention is attention(x, x, x)", () => {
    fc.assert(
      fc.property(selfAttention, fc.boolean(), ([x], causal) => {
        const d = x[0]?.length ?? 0;
        const single = attention(x, x, x, { causal });
        const multi = multiHeadAttention(x, plain(d), 1, { causal });
        expect(multi.output, "output").toEqual(single.output);
        expect(multi.weights, "weights").toEqual([single.weights]);
      }),
    );
  });

  it("law: each head attends over its own slice of columns, and the heads are concatenated in order", () => {
    fc.assert(
      fc.property(selfAttention, fc.boolean(), ([x, heads], causal) => {
        const d = x[0]?.length ?? 0;
        const dk = d / heads;
        const { output, weights } = multiHeadAttention(x, plain(d), heads, { causal });
        range(heads).forEach((h) => {
          const slice: Matrix = x.map((row) => row.slice(h * dk, (h + 1) * dk));
          const head = attention(slice, slice, slice, { causal });
          expect(weights[h], `weights of head ${h}`).toEqual(head.weights);
          expect(
            output.map((row) => row.slice(h * dk, (h + 1) * dk)),
            `columns of head ${h}`,
          ).toEqual(head.output);
        });
      }),
    );
  });

  it("law: under the causal mask no head attends to the future, and every head's rows sum to 1", () => {
    fc.assert(
      fc.property(selfAttention, ([x, heads]) => {
        const d = x[0]?.length ?? 0;
        const { weights } = multiHeadAttention(x, plain(d), heads, { causal: true });
        expect(weights, "heads").toHaveLength(heads);
        for (const head of weights) {
          head.forEach((row, i) => {
            expect(
              row.slice(i + 1).filter((w) => w !== 0),
              `later weights of query ${i}`,
            ).toEqual([]);
            expect(Math.abs(sumOf(row) - 1), `|sum of row ${i} - 1|`).toBeLessThanOrEqual(
              row.length * 2 ** -52,
            );
          });
        }
      }),
    );
  });

  it("law: permuting the tokens permutes the multi-head output the same way", () => {
    fc.assert(
      fc.property(
        selfAttention.chain(([x, heads]) =>
          fc.tuple(
            fc.constant(x),
            fc.constant(heads),
            fc.shuffledSubarray(range(x.length), { minLength: x.length }),
            matrix(x[0]?.length ?? 0, x[0]?.length ?? 0),
          ),
        ),
        ([x, heads, order, w]) => {
          const permute = <T>(rows: readonly T[]) => order.map((i) => rows[i] as T);
          const weights = { wq: w, wk: transpose(w), wv: w, wo: transpose(w) };
          const plainOut = multiHeadAttention(x, weights, heads).output;
          const permutedOut = multiHeadAttention(permute(x), weights, heads).output;
          expect(permutedOut, "output of the permuted tokens").toEqual(permute(plainOut));
        },
      ),
    );
  });
});

describe("transcript", () => {
  // CPython's output of katas/self-attention/original.py, line by line.
  const lines = [
    "softmax([1, 2, 3]): [0.0900, 0.2447, 0.6652]",
    "softmax([1001, 1002, 1003]): [0.0900, 0.2447, 0.6652]",
    "softmax([800, -800]): [1.0000, 0.0000]",
    "softmax([1e308, -1e308, 1e308]): [0.5000, 0.0000, 0.5000]",
    "softmax([0, -inf]): [1.0000, 0.0000]",
    "softmax([-inf, -inf]): [nan, nan]",
    "0.1 ten times: 0.9999999999999999 with +=, 1.0 with fsum",
    "weights[0]: [0.4223, 0.1554, 0.4223] -> [0.8446, 0.7330, 0.8446, 0.7330]",
    "weights[1]: [0.0159, 0.8668, 0.1173] -> [0.1332, 1.8509, 0.1332, 1.8509]",
    "weights[2]: [0.1554, 0.4223, 0.4223] -> [0.5777, 1.2670, 0.5777, 1.2670]",
    "causal[0]: [1.0000, 0.0000, 0.0000] -> [1.0000, 0.0000, 1.0000, 0.0000]",
    "causal[1]: [0.0180, 0.9820, 0.0000] -> [0.0180, 1.9640, 0.0180, 1.9640]",
    "causal[2]: [0.1554, 0.4223, 0.4223] -> [0.5777, 1.2670, 0.5777, 1.2670]",
    "head 0: [0.1400, 0.5760, 0.2840] [0.4458, 0.1084, 0.4458] [0.1978, 0.4011, 0.4011]",
    "head 1: [0.1836, 0.1836, 0.6328] [0.1690, 0.3428, 0.4882] [0.4442, 0.3722, 0.1835]",
    "multi-head[0]: [0.2120, 0.7180, -0.0820, 0.2656]",
    "multi-head[1]: [0.4458, 0.3313, 0.3664, 0.1501]",
    "multi-head[2]: [0.2994, 0.6017, 1.0052, -0.7049]",
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x4 and 2x3)",
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x3 and 2x4)",
    "AssertionError: embed_dim must be divisible by num_heads",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(lines);
  });

  it("prints the same lines every time it runs", () => {
    demo();
    expect(demo()).toEqual(lines);
  });
});
