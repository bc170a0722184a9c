// Mistake: the mean adds the latencies with a plain reduce. Since Python 3.12, sum() of floats
// is compensated (Neumaier), so sum([0.1] * 10) == 1.0; the reduce gives 0.9999999999999999,
// and the mean of ten 0.1 ms requests comes out as 0.09999999999999999.
export * from "../latency-throughput.ts";

import { summarize as reference, type Summary, type Timing } from "../latency-throughput.ts";

export function summarize(timings: readonly Timing[]): Summary {
  const summary = reference(timings);
  const total = timings.reduce((sum, t) => sum + (t.end - t.start), 0);
  return { ...summary, meanMs: total / timings.length };
}
