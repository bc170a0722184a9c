// Self-attention kata: port softmax, scaled dot-product attention and multi-head attention from
// original.py. Read README.md (or README.zh-CN.md) first, then run `npx kata test self-attention`.
// Replace each `throw` with your code.

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
 * Two matrices whose shapes do not multiply, with the shapes as data. Its message is PyTorch's:
 * `new ShapeError([3, 4], [2, 3]).message` is
 * `"mat1 and mat2 shapes cannot be multiplied (3x4 and 2x3)"`.
 */
export class ShapeError extends Error {
  override readonly name = "ShapeError";

  constructor(
    readonly left: readonly [number, number],
    readonly right: readonly [number, number],
  ) {
    // TODO step 2 (attention): pass PyTorch's message to super(...), built from the shapes.
    super();
    throw new Error("TODO step 2 (attention): implement the ShapeError message");
  }
}

/** CPython's `math.fsum`: the exact sum of the numbers, rounded once (see the README). */
export function fsum(values: Iterable<number>): number {
  // TODO step 1 (softmax)
  throw new Error("TODO step 1 (softmax): implement fsum");
}

/** Weights that sum to 1, computed without overflow; `-Infinity` gets exactly 0. */
export function softmax(scores: readonly number[]): number[] {
  // TODO step 1 (softmax)
  throw new Error("TODO step 1 (softmax): implement softmax");
}

/** The rows of `m` as columns. */
export function transpose(m: Matrix): number[][] {
  // TODO step 2 (attention)
  throw new Error("TODO step 2 (attention): implement transpose");
}

/** `a @ b`, each entry a dot product summed with fsum; shapes that do not fit throw a ShapeError. */
export function matmul(a: Matrix, b: Matrix): number[][] {
  // TODO step 2 (attention)
  throw new Error("TODO step 2 (attention): implement matmul");
}

/** `softmax(Q Kᵀ / √d_k) V`; with `{ causal: true }`, query i sees keys 0..i only. */
export function attention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  options: AttentionOptions = {},
): Attention {
  // TODO step 2 (attention)
  throw new Error("TODO step 2 (attention): implement attention");
}

/** Project, split into `heads`, attend per head, concatenate in head order, project again. */
export function multiHeadAttention(
  x: Matrix,
  projections: Projections,
  heads: number,
  options: AttentionOptions = {},
): { readonly output: number[][]; readonly weights: number[][][] } {
  // TODO step 3 (multi-head)
  throw new Error("TODO step 3 (multi-head): implement multiHeadAttention");
}

/** The lines original.py prints, in order. */
export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
