// Mistake: the heads concatenated last first (`toReversed()` where none belongs). Every head is right, but
// the output projection now multiplies head 1's columns by the weights meant for head 0.
export * from "../self-attention.ts";

import {
  type AttentionOptions,
  attention,
  type Matrix,
  matmul,
  type Projections,
} from "../self-attention.ts";

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
  if (dModel % heads !== 0) throw new RangeError("embed_dim must be divisible by num_heads");
  const dK = dModel / heads;
  const [q, k, v] = [matmul(x, wq), matmul(x, wk), matmul(x, wv)];
  const slice = (m: Matrix, h: number) => m.map((row) => row.slice(h * dK, (h + 1) * dK));
  const perHead = Array.from({ length: heads }, (_, h) =>
    attention(slice(q, h), slice(k, h), slice(v, h), options),
  );
  const concat = x.map((_, i) => perHead.toReversed().flatMap((head) => head.output[i] ?? []));
  return { output: matmul(concat, wo), weights: perHead.map((head) => head.weights) };
}
