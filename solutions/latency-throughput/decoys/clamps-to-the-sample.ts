// Mistake: "a percentile cannot be slower than the slowest request", so every cut point is
// clamped to the sample's range. CPython's default, method='exclusive', treats the data as a
// sample of a larger population and extrapolates: with ten requests, p99 lies above the maximum.
export * from "../latency-throughput.ts";

import { type QuantileOptions, quantiles as reference } from "../latency-throughput.ts";

export function quantiles(data: readonly number[], options: QuantileOptions = {}): number[] {
  const cuts = reference(data, options);
  if (data.length === 0) return cuts;
  const low = Math.min(...data);
  const high = Math.max(...data);
  return cuts.map((cut) => Math.min(Math.max(cut, low), high));
}
