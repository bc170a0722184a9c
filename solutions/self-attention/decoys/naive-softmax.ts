// Mistake: softmax straight from the formula, exp(s) / sum(exp(s)), without subtracting the
// largest score. In Python math.exp(1001) raises OverflowError; in JS it is Infinity, and
// Infinity / Infinity is NaN, so large scores quietly give NaN weights.
export * from "../self-attention.ts";

import { fsum } from "../self-attention.ts";

export function softmax(scores: readonly number[]): number[] {
  const exps = scores.map(Math.exp);
  const total = fsum(exps);
  return exps.map((e) => e / total);
}
