// Latency and throughput, the reference: CPython's statistics.quantiles, a recorder that reads an
// injected clock, a summary of timed requests, and a closed system that batches its requests.

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
export function quantiles(
  data: readonly number[],
  { n = 4, method = "exclusive" }: QuantileOptions = {},
): number[] {
  if (n < 1) throw new StatisticsError("n must be at least 1");
  // Python's range(1, n) refuses a float; a fractional n would silently round the loop here.
  if (!Number.isInteger(n))
    throw new TypeError("'float' object cannot be interpreted as an integer");
  // sorted() makes a new list and compares numbers as numbers. Array.prototype.sort() sorts in
  // place and, without a comparator, compares the numbers' strings: [10, 9, 1] -> [1, 10, 9].
  const sorted = data.toSorted((a, b) => a - b);
  const ld = sorted.length;
  if (ld === 0) throw new StatisticsError("must have at least one data point");
  if (ld === 1) return Array.from({ length: n - 1 }, () => sorted[0] as number);
  const at = (k: number): number => sorted[k] as number;
  const cuts: number[] = [];
  for (let i = 1; i < n; i++) {
    if (method === "exclusive") {
      // The sample stands for a larger population: position i * (ld + 1) / n, 1-based, clamped
      // to 1 .. ld - 1, so a small sample extrapolates past its smallest and largest values.
      const m = ld + 1;
      const j = Math.min(Math.max(Math.floor((i * m) / n), 1), ld - 1);
      const delta = i * m - j * n;
      cuts.push((at(j - 1) * (n - delta) + at(j) * delta) / n);
    } else {
      // divmod(i * m, n): Python's // floors; for these non-negative integers Math.floor agrees.
      const m = ld - 1;
      const j = Math.floor((i * m) / n);
      const delta = (i * m) % n;
      cuts.push((at(j) * (n - delta) + at(j + 1) * delta) / n);
    }
  }
  return cuts;
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
  readonly #now: () => number;
  readonly #timings: Timing[] = [];

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Every stopped request, in the order they stopped: `recorder.timings[0] // { start: 0, end: 12 }`. */
  get timings(): readonly Timing[] {
    return [...this.#timings];
  }

  /**
   * Reads the clock and returns `stop`, which reads it again and records the timing, once.
   * @example const stop = recorder.start(); work(); stop() // { start: 0, end: 12 }
   */
  start(): () => Timing {
    const start = this.#now();
    // A JavaScript closure may reassign `timing`; Python's needs `nonlocal timing` for that.
    let timing: Timing | undefined;
    return () => {
      if (timing === undefined) {
        timing = { start, end: this.#now() };
        this.#timings.push(timing);
      }
      return timing;
    };
  }

  /**
   * Awaits `work` between two clock reads and records it, even when it fails.
   * @example await recorder.time(async () => answer()) // answer's value
   */
  async time<T>(work: () => Promise<T>): Promise<T> {
    const stop = this.start();
    try {
      return await work();
    } finally {
      stop();
    }
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
 * Python 3.12+'s `sum()` of floats: Neumaier's compensated sum, so `sum([0.1] * 10) == 1.0`,
 * where a plain `reduce((a, b) => a + b)` gives 0.9999999999999999.
 */
function pythonSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const x of values) {
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return compensation !== 0 && Number.isFinite(compensation) ? sum + compensation : sum;
}

/**
 * p50/p95/p99 (exclusive method, n=100), mean latency and requests per second over the window.
 * @example summarize([{ start: 0, end: 10 }, { start: 10, end: 30 }]).throughputRps // 66.66…
 */
export function summarize(timings: readonly Timing[]): Summary {
  const latencies = timings.map((t) => t.end - t.start);
  // 99 cut points: the k-th percentile is cuts[k - 1], not cuts[k].
  const cuts = quantiles(latencies, { n: 100 });
  const windowMs =
    Math.max(...timings.map((t) => t.end)) - Math.min(...timings.map((t) => t.start));
  // Python raises ZeroDivisionError on x / 0; JavaScript returns Infinity, so say it ourselves.
  if (windowMs <= 0) throw new StatisticsError("throughput needs a window longer than 0 ms");
  const count = latencies.length;
  return {
    count,
    meanMs: pythonSum(latencies) / count,
    p50Ms: cuts[49] as number,
    p95Ms: cuts[94] as number,
    p99Ms: cuts[98] as number,
    windowMs,
    throughputRps: (1000 * count) / windowMs,
  };
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

interface Send {
  readonly at: number;
  readonly client: number;
}

interface Waiting {
  readonly client: number;
  readonly stop: () => Timing;
}

/**
 * Simulates the closed system on a virtual clock and returns the timings in the order they end.
 * @example simulateBatching({ clients: 2, requestsPerClient: 1, thinkMs: 0, maxBatch: 2, setupMs: 20, perItemMs: 2 }) // two { start: 0, end: 24 }
 */
export function simulateBatching(options: BatchingOptions): Timing[] {
  const { clients, requestsPerClient, thinkMs, maxBatch, setupMs, perItemMs } = options;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) {
    throw new RangeError("maxBatch must be a whole number, at least 1");
  }
  if (Math.min(thinkMs, setupMs, perItemMs) < 0) {
    throw new RangeError("durations must not be negative");
  }
  let clock = 0;
  const recorder = new LatencyRecorder(() => clock);
  const left = Array.from({ length: clients }, () => requestsPerClient);
  // Requests are sent in time order (a batch never ends before the one before it), so this
  // list stays sorted by `at`, and the next send is always the first.
  const sends: Send[] = Array.from(
    { length: requestsPerClient > 0 ? clients : 0 },
    (_, client) => ({
      at: 0,
      client,
    }),
  );
  let queue: Waiting[] = [];
  let batch: Waiting[] = [];
  let busyUntil = 0;
  const done: Timing[] = [];
  // A queued request always has a running batch ahead of it: sends and batches are all there is.
  while (sends.length > 0 || batch.length > 0) {
    const next = sends[0];
    if (next === undefined || (batch.length > 0 && busyUntil <= next.at)) {
      clock = busyUntil;
      for (const { client, stop } of batch) {
        done.push(stop());
        left[client] = (left[client] as number) - 1;
        if ((left[client] as number) > 0) sends.push({ at: clock + thinkMs, client });
      }
      batch = [];
    } else {
      sends.shift();
      clock = next.at;
      queue.push({ client: next.client, stop: recorder.start() });
    }
    // An idle server starts a batch once every send of this instant has joined the queue.
    if (batch.length === 0 && (sends[0]?.at ?? Number.POSITIVE_INFINITY) > clock) {
      batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      busyUntil = clock + setupMs + perItemMs * batch.length;
    }
  }
  return done;
}

/** The lines `original.py` prints, in order: `(await demo())[0] // "latencies (ms): 12, 15, …"`. */
export async function demo(): Promise<string[]> {
  const lines: string[] = [];
  const cuts = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join(", ");
  let clock = 0;
  const recorder = new LatencyRecorder(() => clock);
  for (const ms of [12, 15, 11, 40, 13, 14, 90, 12, 16, 13]) {
    await recorder.time(async () => {
      clock += ms; // the fake request takes ms milliseconds of fake time
    });
  }
  const latencies = recorder.timings.map((t) => t.end - t.start);
  lines.push(`latencies (ms): ${latencies.join(", ")}`);
  lines.push(`sorted: [${latencies.toSorted((a, b) => a - b).join(", ")}]`);
  const s = summarize(recorder.timings);
  lines.push(
    `mean ${s.meanMs.toFixed(1)} ms, throughput ${s.throughputRps.toFixed(2)} req/s over ${s.windowMs} ms`,
  );
  lines.push(`exclusive p50, p95, p99: ${cuts([s.p50Ms, s.p95Ms, s.p99Ms])}`);
  const inclusive = quantiles(latencies, { n: 100, method: "inclusive" });
  lines.push(`inclusive p50, p95, p99: ${cuts([49, 94, 98].map((k) => inclusive[k] as number))}`);
  lines.push(`in flight on average: ${((s.throughputRps * s.meanMs) / 1000).toFixed(2)}`);
  lines.push(`median cut of [10, 9, 1]: ${cuts(quantiles([10, 9, 1], { n: 2 }))}`);
  lines.push(`quartiles of [42]: [${quantiles([42]).join(", ")}]`);
  for (const [data, n] of [
    [[], 4],
    [[1, 2], 0],
  ] as const) {
    try {
      quantiles(data, { n });
    } catch (error) {
      if (!(error instanceof StatisticsError)) throw error;
      lines.push(`quantiles([${data.join(", ")}], n=${n}): StatisticsError: ${error.message}`);
    }
  }
  const tenth = summarize(Array.from({ length: 10 }, () => ({ start: 0, end: 0.1 })));
  lines.push(`mean of ten 0.1 ms requests: ${tenth.meanMs}`);
  try {
    summarize([{ start: 5, end: 5 }]);
  } catch (error) {
    if (!(error instanceof StatisticsError)) throw error;
    lines.push(`one instant request: ${error.message}`);
  }
  const system = { thinkMs: 0, setupMs: 20, perItemMs: 2 };
  lines.push("8 clients, 5 requests each, batch cost 20 ms + 2 ms per request:");
  for (const maxBatch of [1, 2, 4, 8]) {
    const b = summarize(
      simulateBatching({ ...system, clients: 8, requestsPerClient: 5, maxBatch }),
    );
    lines.push(
      `  max batch ${maxBatch}: ${b.throughputRps.toFixed(1)} req/s, mean ${b.meanMs.toFixed(1)} ms,` +
        ` p99 ${b.p99Ms.toFixed(1)} ms, in flight ${((b.throughputRps * b.meanMs) / 1000).toFixed(2)}`,
    );
  }
  lines.push("clients = max batch, no think time:");
  for (const size of [1, 2, 4, 8, 16]) {
    const b = summarize(
      simulateBatching({ ...system, clients: size, requestsPerClient: 3, maxBatch: size }),
    );
    lines.push(
      `  batch ${size}: ${b.throughputRps.toFixed(1)} req/s at ${b.meanMs.toFixed(1)} ms each`,
    );
  }
  return lines;
}
