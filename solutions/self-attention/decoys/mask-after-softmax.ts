// Mistake: the causal mask applied to the weights after softmax, by zeroing the future. The
// future no longer gets weight, but every row except the last now sums to less than 1.
export * from "../self-attention.ts";

import {
  type Attention,
  type AttentionOptions,
  type Matrix,
  matmul,
  softmax,
  transpose,
} from "../self-attention.ts";

export function attention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  { causal = false }: AttentionOptions = {},
): Attention {
  const scale = Math.sqrt(k[0]?.length ?? 0);
  const weights = matmul(q, transpose(k))
    .map((row) => softmax(row.map((s) => s / scale)))
    .map((row, i) => row.map((w, j) => (causal && j > i ? 0 : w)));
  return { output: matmul(weights, v), weights };
}
