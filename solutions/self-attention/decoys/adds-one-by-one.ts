// Mistake: fsum as a plain left-to-right sum, Python's `total += x`. It is usually close, but
// 0.1 ten times gives 0.9999999999999999 and 1e16 + 1 - 1e16 gives 0, and the result depends on
// the order of the numbers.
export * from "../self-attention.ts";

export function fsum(values: Iterable<number>): number {
  let total = 0;
  for (const x of values) total += x;
  return total;
}
