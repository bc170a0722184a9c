// Mistake: percentiles by nearest rank, `sorted[Math.ceil((k / 100) * count) - 1]`, a common
// JavaScript recipe. It never interpolates, so p50 of [1, 2, 3, 4] is 2, where CPython's
// statistics.quantiles(data, n=100)[49] says 2.5, and p99 of ten requests is just the slowest.
export * from "../latency-throughput.ts";

import { summarize as reference, type Summary, type Timing } from "../latency-throughput.ts";

export function summarize(timings: readonly Timing[]): Summary {
  const summary = reference(timings);
  const sorted = timings.map((t) => t.end - t.start).toSorted((a, b) => a - b);
  const rank = (k: number): number =>
    sorted[Math.max(Math.ceil((k / 100) * sorted.length) - 1, 0)] as number;
  return { ...summary, p50Ms: rank(50), p95Ms: rank(95), p99Ms: rank(99) };
}
