/** A matrix as nested rows: `[[1, 0], [0, 1]]`. Rows are never written to. */
export type Matrix = readonly (readonly number[])[];

/** What attention computes: the output rows and the weights each query gave each key. */
export interface Attention {
  readonly output: number[][];
  readonly weights: number[][];
}

/** Options shared by both attentions; `causal` hides the keys after each query. */
export interface AttentionOptions {
  readonly causal?: boolean;
}

/** The four projections of multi-head attention, each d_model × d_model, used as `x @ w`. */
export interface Projections {
  readonly wq: Matrix;
  readonly wk: Matrix;
  readonly wv: Matrix;
  readonly wo: Matrix;
}

/**
 * Two matrices whose shapes do not multiply, with PyTorch's text and the shapes as data:
 * `new ShapeError([3, 4], [2, 3]).message // "mat1 and mat2 shapes cannot be multiplied (3x4 and 2x3)"`.
 */
export class ShapeError extends Error {
  override readonly name = "ShapeError";

  constructor(
    readonly left: readonly [number, number],
    readonly right: readonly [number, number],
  ) {
    super(`mat1 and mat2 shapes cannot be multiplied (${left.join("x")} and ${right.join("x")})`);
  }
}

/**
 * CPython's `math.fsum`: the exact sum of the numbers, rounded once, half to even.
 * `fsum(Array(10).fill(0.1)) // 1`, where adding them one by one gives 0.9999999999999999.
 */
export function fsum(values: Iterable<number>): number {
  // Shewchuk's algorithm, as in CPython's mathmodule.c: `partials` hold the running sum exactly,
  // as non-overlapping doubles in increasing magnitude.
  let partials: number[] = [];
  let special = 0;
  let infinities = 0;
  for (const value of values) {
    let x = value;
    const kept: number[] = [];
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x); // the part of x + y that did not fit in hi
      if (lo !== 0) kept.push(lo);
      x = hi;
    }
    partials = kept;
    if (Number.isFinite(x)) {
      if (x !== 0) partials.push(x);
    } else if (Number.isFinite(value)) {
      // Python raises OverflowError; JS would carry Infinity on without a word.
      throw new RangeError("intermediate overflow in fsum");
    } else {
      if (!Number.isNaN(value)) infinities += value;
      special += value;
      partials = [];
    }
  }
  if (special !== 0) {
    if (Number.isNaN(infinities)) throw new RangeError("-inf + inf in fsum");
    return special;
  }
  // Add the partials from the largest down, until a sum is inexact...
  let hi = partials.pop() ?? 0;
  let lo = 0;
  while (partials.length > 0) {
    const x = hi;
    const y = partials.pop() ?? 0;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // ...then round half to even across the partials left over: if the next one pushes the same
  // way as lo, hi sits just past a tie and must go the other way.
  const next = partials.at(-1) ?? 0;
  if ((lo < 0 && next < 0) || (lo > 0 && next > 0)) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/**
 * Weights that sum to 1, computed stably: the largest score is subtracted first, so `exp` never
 * overflows. `softmax([1001, 1002, 1003])` equals `softmax([1, 2, 3])`; `-Infinity` gets 0.
 */
export function softmax(scores: readonly number[]): number[] {
  // Math.max() of nothing is -Infinity; Python's max([]) raises. An empty row has no weights.
  const top = Math.max(...scores);
  // Python's math.exp(1001) raises OverflowError; Math.exp(1001) is Infinity, and
  // Infinity / Infinity is NaN. Subtracting the top keeps every exponent at or below 0.
  const exps = scores.map((s) => Math.exp(s - top));
  const total = fsum(exps);
  return exps.map((e) => e / total);
}

/** The rows of `m` as columns: `transpose([[1, 2], [3, 4]]) // [[1, 3], [2, 4]]`. */
export function transpose(m: Matrix): number[][] {
  return Array.from({ length: m[0]?.length ?? 0 }, (_, j) => m.map((row) => row[j] ?? Number.NaN));
}

/**
 * `a @ b`, each entry an exactly rounded dot product (fsum), so that no order of the terms can
 * change a bit of it: `matmul([[1, 2]], [[3], [4]]) // [[11]]`.
 */
export function matmul(a: Matrix, b: Matrix): number[][] {
  const inner = a[0]?.length ?? 0;
  if (inner !== b.length) throw new ShapeError([a.length, inner], [b.length, b[0]?.length ?? 0]);
  const columns = transpose(b);
  return a.map((row) => columns.map((column) => fsum(row.map((x, k) => x * (column[k] ?? 0)))));
}

/**
 * Scaled dot-product attention, `softmax(Q Kᵀ / √d_k) V`; with `causal`, query i sees keys 0..i:
 * `attention(x, x, x, { causal: true }).weights[0] // [1, 0, 0]`.
 */
export function attention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  { causal = false }: AttentionOptions = {},
): Attention {
  const scale = Math.sqrt(k[0]?.length ?? 0);
  const scores = matmul(q, transpose(k)).map((row, i) =>
    // The mask goes on the scores, before softmax: exp(-Infinity) is exactly 0, and the
    // remaining weights still sum to 1.
    row.map((s, j) => (causal && j > i ? Number.NEGATIVE_INFINITY : s / scale)),
  );
  const weights = scores.map(softmax);
  return { output: matmul(weights, v), weights };
}

/**
 * Multi-head self-attention: project x, split the d_model columns into `heads` slices, attend per
 * head, concatenate the heads in order and project: `multiHeadAttention(x, w, 2).output`.
 */
export function multiHeadAttention(
  x: Matrix,
  { wq, wk, wv, wo }: Projections,
  heads: number,
  options: AttentionOptions = {},
): { readonly output: number[][]; readonly weights: number[][][] } {
  const dModel = x[0]?.length ?? 0;
  if (!Number.isInteger(heads) || heads < 1) {
    throw new RangeError(`num_heads must be a positive integer, got ${heads}`);
  }
  // torch.nn.MultiheadAttention asserts this; Python's AssertionError has no JS counterpart.
  if (dModel % heads !== 0) throw new RangeError("embed_dim must be divisible by num_heads");
  const dK = dModel / heads;
  const [q, k, v] = [matmul(x, wq), matmul(x, wk), matmul(x, wv)];
  const slice = (m: Matrix, h: number) => m.map((row) => row.slice(h * dK, (h + 1) * dK));
  const perHead = Array.from({ length: heads }, (_, h) =>
    attention(slice(q, h), slice(k, h), slice(v, h), options),
  );
  // Row i of the concatenation is head 0's row i, then head 1's, and so on.
  const concat = x.map((_, i) => perHead.flatMap((head) => head.output[i] ?? []));
  return { output: matmul(concat, wo), weights: perHead.map((head) => head.weights) };
}

/** The lines `original.py` prints, in order: `demo()[0] // "softmax([1, 2, 3]): [0.0900, ...]"`. */
export function demo(): string[] {
  const inf = Number.POSITIVE_INFINITY;
  const lines = [
    `softmax([1, 2, 3]): ${fixed(softmax([1, 2, 3]))}`,
    `softmax([1001, 1002, 1003]): ${fixed(softmax([1001, 1002, 1003]))}`,
    `softmax([800, -800]): ${fixed(softmax([800, -800]))}`,
    `softmax([1e308, -1e308, 1e308]): ${fixed(softmax([1e308, -1e308, 1e308]))}`,
    `softmax([0, -inf]): ${fixed(softmax([0, -inf]))}`,
    `softmax([-inf, -inf]): ${fixed(softmax([-inf, -inf]))}`,
  ];
  let total = 0;
  for (const w of Array<number>(10).fill(0.1)) total += w;
  const tenths = fsum(Array<number>(10).fill(0.1));
  lines.push(`0.1 ten times: ${pyRepr(total)} with +=, ${pyRepr(tenths)} with fsum`);

  const x = [
    [1, 0, 1, 0],
    [0, 2, 0, 2],
    [1, 1, 1, 1],
  ];
  for (const [label, causal] of [
    ["weights", false],
    ["causal", true],
  ] as const) {
    const { output, weights } = attention(x, x, x, { causal });
    weights.forEach((row, i) => {
      lines.push(`${label}[${i}]: ${fixed(row)} -> ${fixed(output[i] ?? [])}`);
    });
  }

  const identity = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : 0)));
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
  const { output, weights } = multiHeadAttention(tokens, projections, 2);
  weights.forEach((head, h) => {
    lines.push(`head ${h}: ${head.map(fixed).join(" ")}`);
  });
  output.forEach((row, i) => {
    lines.push(`multi-head[${i}]: ${fixed(row)}`);
  });
  const failures: [string, () => unknown][] = [
    [
      "RuntimeError",
      () =>
        attention(
          x,
          x.map((row) => row.slice(0, 2)),
          x,
        ),
    ],
    ["RuntimeError", () => attention(x, x, x.slice(0, 2))],
    ["AssertionError", () => multiHeadAttention(tokens, projections, 3)],
  ];
  for (const [pyType, action] of failures) {
    try {
      action();
    } catch (error) {
      lines.push(`${pyType}: ${(error as Error).message}`);
    }
  }
  return lines;
}

/** Python's f"{x:.4f}": toFixed agrees except on exact ties (none here), and NaN is "nan". */
function fixed(values: readonly number[]): string {
  return `[${values.map((x) => (Number.isNaN(x) ? "nan" : x.toFixed(4))).join(", ")}]`;
}

/** Python's repr of a float in [1e-4, 1e16): `1.0`, not JS's `1`. */
function pyRepr(x: number): string {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}
