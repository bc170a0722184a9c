// Mistake: `j >= i` for the causal mask, so each query may not even look at itself. The first
// query then has nothing left to attend to, and its row is all NaN.
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
  const scores = matmul(q, transpose(k)).map((row, i) =>
    row.map((s, j) => (causal && j >= i ? Number.NEGATIVE_INFINITY : s / scale)),
  );
  const weights = scores.map(softmax);
  return { output: matmul(weights, v), weights };
}
