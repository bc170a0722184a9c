// Mistake: every head divides its scores by √d_model, the width of the whole model, instead of
// √d_k, the width of one head. The weights come out too flat as soon as there are two heads.
export * from "../self-attention.ts";

import {
  type AttentionOptions,
  type Matrix,
  matmul,
  type Projections,
  softmax,
  transpose,
} from "../self-attention.ts";

export function multiHeadAttention(
  x: Matrix,
  { wq, wk, wv, wo }: Projections,
  heads: number,
  { causal = false }: AttentionOptions = {},
): { readonly output: number[][]; readonly weights: number[][][] } {
  const dModel = x[0]?.length ?? 0;
  if (!Number.isInteger(heads) || heads < 1) {
    throw new RangeError(`num_heads must be a positive integer, got ${heads}`);
  }
  if (dModel % heads !== 0) throw new RangeError("embed_dim must be divisible by num_heads");
  const dK = dModel / heads;
  const [q, k, v] = [matmul(x, wq), matmul(x, wk), matmul(x, wv)];
  const slice = (m: Matrix, h: number) => m.map((row) => row.slice(h * dK, (h + 1) * dK));
  const perHead = Array.from({ length: heads }, (_, h) => {
    const scores = matmul(slice(q, h), transpose(slice(k, h))).map((row, i) =>
      row.map((s, j) => (causal && j > i ? Number.NEGATIVE_INFINITY : s / Math.sqrt(dModel))),
    );
    const weights = scores.map(softmax);
    return { output: matmul(weights, slice(v, h)), weights };
  });
  const concat = x.map((_, i) => perHead.flatMap((head) => head.output[i] ?? []));
  return { output: matmul(concat, wo), weights: perHead.map((head) => head.weights) };
}
