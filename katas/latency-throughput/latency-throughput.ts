// Latency-throughput kata: port statistics.quantiles, the latency recorder, the summary and the
// batching simulation from original.py. Read README.md (or README.zh-CN.md) first, then run
// `npx kata test latency-throughput`. Replace each `throw` below with your code.

/** What `statistics` raises; Python's `StatisticsError` is a `ValueError`, here an `Error`. */
export class StatisticsError extends Error {
  override readonly name = "StatisticsError";
}

/** How `quantiles` treats the sample: as a sample of a larger population, or as all of it. */
export type QuantileMethod = "exclusive" | "inclusive";

/** `n` cut the data into `n` equal groups (default 4); `method` defaults to `"exclusive"`. */
export interface QuantileOptions {
  readonly n?: number;
  readonly method?: QuantileMethod;
}

/**
 * The `n - 1` cut points of `statistics.quantiles(data, n=n, method=method)`, value for value.
 * @example quantiles([11, 12, 13, 14], { n: 2 }) // [12.5]
 */
export function quantiles(data: readonly number[], options: QuantileOptions = {}): number[] {
  // TODO step 1 (quantiles): check n, sort a copy numerically, then cut as CPython does.
  throw new Error("TODO step 1 (quantiles): implement quantiles");
}

/** One request as the injected clock saw it, in milliseconds. */
export interface Timing {
  readonly start: number;
  readonly end: number;
}

/**
 * Times requests with an injected clock (milliseconds), never `Date.now()` or `performance.now()`.
 * @example const recorder = new LatencyRecorder(() => clock); await recorder.time(() => fetchIt());
 */
export class LatencyRecorder {
  // TODO step 2 (timing): hold the clock and the timings recorded so far.

  constructor(now: () => number) {
    // TODO step 2 (timing)
    throw new Error("TODO step 2 (timing): implement the LatencyRecorder constructor");
  }

  /** Every stopped request, in the order they stopped (a copy). */
  get timings(): readonly Timing[] {
    // TODO step 2 (timing)
    throw new Error("TODO step 2 (timing): implement LatencyRecorder.timings");
  }

  /** Reads the clock and returns `stop`, which reads it again and records the timing, once. */
  start(): () => Timing {
    // TODO step 2 (timing)
    throw new Error("TODO step 2 (timing): implement LatencyRecorder.start");
  }

  /** Awaits `work` between two clock reads and records it, even when it fails. */
  async time<T>(work: () => Promise<T>): Promise<T> {
    // TODO step 2 (timing)
    throw new Error("TODO step 2 (timing): implement LatencyRecorder.time");
  }
}

/** Latency percentiles, mean and throughput of a set of timings. */
export interface Summary {
  readonly count: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly windowMs: number;
  readonly throughputRps: number;
}

/**
 * p50/p95/p99 (exclusive method, n=100), mean latency and requests per second over the window.
 * @example summarize([{ start: 0, end: 10 }, { start: 10, end: 30 }]).throughputRps // 66.66…
 */
export function summarize(timings: readonly Timing[]): Summary {
  // TODO step 3 (summary)
  throw new Error("TODO step 3 (summary): implement summarize");
}

/** A closed system: `clients` clients, each sending its next request `thinkMs` after an answer. */
export interface BatchingOptions {
  readonly clients: number;
  readonly requestsPerClient: number;
  readonly thinkMs: number;
  /** The server takes up to this many queued requests at once. */
  readonly maxBatch: number;
  /** A batch of k requests takes `setupMs + perItemMs * k`. */
  readonly setupMs: number;
  readonly perItemMs: number;
}

/**
 * Simulates the closed system on a virtual clock and returns the timings in the order they end.
 * @example simulateBatching({ clients: 2, requestsPerClient: 1, thinkMs: 0, maxBatch: 2, setupMs: 20, perItemMs: 2 }) // two { start: 0, end: 24 }
 */
export function simulateBatching(options: BatchingOptions): Timing[] {
  // TODO step 4 (batching): a virtual clock, a LatencyRecorder that reads it, a queue and a batch.
  throw new Error("TODO step 4 (batching): implement simulateBatching");
}

/** The lines `original.py` prints, in order. */
export async function demo(): Promise<string[]> {
  // TODO step 5 (transcript)
  throw new Error("TODO step 5 (transcript): implement demo");
}
