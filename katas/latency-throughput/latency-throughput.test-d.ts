import { expectTypeOf } from "vitest";
import {
  type BatchingOptions,
  LatencyRecorder,
  type QuantileMethod,
  quantiles,
  type StatisticsError,
  type Summary,
  simulateBatching,
  summarize,
  type Timing,
} from "#kata/latency-throughput";

// quantiles takes a read-only array (it must not sort the caller's data) and returns a new one.
const frozen: readonly number[] = Object.freeze([3, 1, 2]);
expectTypeOf(quantiles(frozen)).toEqualTypeOf<number[]>();
expectTypeOf(quantiles).parameter(0).toEqualTypeOf<readonly number[]>();
expectTypeOf<QuantileMethod>().toEqualTypeOf<"exclusive" | "inclusive">();

// @ts-expect-error: statistics.quantiles knows two methods; "nearest" is neither.
quantiles([1, 2, 3], { method: "nearest" });

// @ts-expect-error: Python takes n as a keyword argument only; here it is a field of the options.
quantiles([1, 2, 3], 4);

// StatisticsError is an Error, so `catch (e) { if (e instanceof StatisticsError) ... }` narrows.
expectTypeOf<StatisticsError>().toExtend<Error>();

// The clock is injected: a recorder cannot be built without one.
// @ts-expect-error: no default clock; pass `() => performance.now()` yourself in production.
new LatencyRecorder();

// time() keeps the type of the work's value.
const recorder = new LatencyRecorder(() => 0);
expectTypeOf(recorder.time(async () => 42)).toEqualTypeOf<Promise<number>>();
expectTypeOf(recorder.start()).toEqualTypeOf<() => Timing>();

// Timings are read-only, both the list and each entry.
expectTypeOf(recorder.timings).toEqualTypeOf<readonly Timing[]>();
declare const timing: Timing;
// @ts-expect-error: a recorded timing is read-only.
timing.end = 0;

expectTypeOf(summarize).returns.toEqualTypeOf<Summary>();
expectTypeOf<Summary["p99Ms"]>().toEqualTypeOf<number>();

// Every option of the simulation must be given; there are no silent defaults.
// @ts-expect-error: the batch cost model is part of the options.
simulateBatching({ clients: 2, requestsPerClient: 1, thinkMs: 0, maxBatch: 2 });
expectTypeOf(simulateBatching).parameter(0).toEqualTypeOf<BatchingOptions>();
