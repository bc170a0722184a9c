// Mistake: `[...data].sort()` without a comparator. JavaScript's default sort compares the
// numbers' strings, so [10, 9, 1] becomes [1, 10, 9] and the cut points come from the wrong
// neighbours. Python's sorted() compares numbers as numbers.
export * from "../latency-throughput.ts";

import { type QuantileOptions, StatisticsError } from "../latency-throughput.ts";

export function quantiles(
  data: readonly number[],
  { n = 4, method = "exclusive" }: QuantileOptions = {},
): number[] {
  if (n < 1) throw new StatisticsError("n must be at least 1");
  if (!Number.isInteger(n)) throw new TypeError(`n must be an integer, not ${n}`);
  const sorted = [...data].sort();
  const ld = sorted.length;
  if (ld === 0) throw new StatisticsError("must have at least one data point");
  if (ld === 1) return Array.from({ length: n - 1 }, () => sorted[0] as number);
  const at = (k: number): number => sorted[k] as number;
  const cuts: number[] = [];
  for (let i = 1; i < n; i++) {
    if (method === "inclusive") {
      const m = ld - 1;
      const j = Math.floor((i * m) / n);
      const delta = (i * m) % n;
      cuts.push((at(j) * (n - delta) + at(j + 1) * delta) / n);
    } else {
      const m = ld + 1;
      const j = Math.min(Math.max(Math.floor((i * m) / n), 1), ld - 1);
      const delta = i * m - j * n;
      cuts.push((at(j - 1) * (n - delta) + at(j) * delta) / n);
    }
  }
  return cuts;
}
