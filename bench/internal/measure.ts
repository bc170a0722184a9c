import { Bench } from "tinybench";
import type { Contender } from "./contender.ts";

/** How long each contender runs per round; `BENCH_TIME_MS` trades precision for time. */
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 120);
/** Rounds per case; contenders alternate order between rounds, so neither always runs first. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Calls per tinybench sample, so that a sample of a 100 ns call is not mostly timer. */
const BATCH = 32;

/** ops/s of each contender in each round: `result.get("sprintf-js")[r]`. */
export type Rounds = ReadonlyMap<string, readonly number[]>;

/**
 * Runs tinybench `ROUNDS` times over the contenders of one case, in the same process and close
 * in time, so that ratios between them survive a noisy machine.
 */
export function measure(contenders: readonly Contender[]): Rounds {
  const opsPerSecond = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({
      time: TIME_MS,
      warmupTime: round === 0 ? 60 : 20,
      timestampProvider: "hrtimeNow",
    });
    const order = round % 2 === 0 ? contenders : contenders.toReversed();
    for (const { name, run } of order) {
      // The lengths are returned to tinybench, so that no call can be optimised away.
      bench.add(name, () => {
        let length = 0;
        for (let i = 0; i < BATCH; i++) length += run().length;
        return length;
      });
    }
    for (const task of bench.runSync()) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
      // The median batch, so that a pause by another process on the machine does not count.
      opsPerSecond.get(task.name)?.push((BATCH * 1000) / result.latency.p50);
    }
  }
  return opsPerSecond;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}
