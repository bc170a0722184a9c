import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  demo,
  LatencyRecorder,
  quantiles,
  StatisticsError,
  simulateBatching,
  summarize,
  type Timing,
} from "#kata/latency-throughput";
import { commandsReplay } from "../../src/testing/replay.ts";

/** Runs `action` and returns what it threw, so that class and message can both be checked. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return "nothing thrown";
}

/** Whole numbers: each cut point is then an exact integer divided once, as in CPython. */
const wholeMs = fc.integer({ min: -1_000_000, max: 1_000_000 });

describe("quantiles", () => {
  // Every expected value below is CPython 3.14's statistics.quantiles output.
  it("cuts quartiles by default, with the exclusive method", () => {
    const one = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantiles(one)).toEqual([2.75, 5.5, 8.25]);
    expect(quantiles(one, { method: "exclusive" })).toEqual([2.75, 5.5, 8.25]);
    expect(quantiles(one, { method: "inclusive" })).toEqual([3.25, 5.5, 7.75]);
  });

  it("interpolates between neighbours, negative numbers and fractions included", () => {
    const data = [-5.5, 2.25, 0.1, 7];
    expect(quantiles(data, { n: 10 })).toEqual([
      -8.3, -5.5, -2.7, 0.1, 1.175, 2.25, 4.625, 7.0, 9.375,
    ]);
    expect(quantiles(data, { n: 10, method: "inclusive" })).toEqual([
      -3.8200000000000003, -2.1399999999999997, -0.45999999999999996, 0.53, 1.175,
      1.8199999999999998, 2.725, 4.15, 5.575,
    ]);
  });

  it("extrapolates past the sample with the exclusive method; inclusive stays inside", () => {
    const exclusive = quantiles([10, 20], { n: 100 });
    expect(exclusive).toHaveLength(99);
    expect([exclusive[0], exclusive[49], exclusive[94], exclusive[98]]).toEqual([
      0.3, 15, 28.5, 29.7,
    ]);
    const inclusive = quantiles([10, 20], { n: 100, method: "inclusive" });
    expect([inclusive[0], inclusive[49], inclusive[94], inclusive[98]]).toEqual([
      10.1, 15, 19.5, 19.9,
    ]);
    const ten = [12, 15, 11, 40, 13, 14, 90, 12, 16, 13];
    const p = quantiles(ten, { n: 100 });
    expect([p[49], p[94], p[98]]).toEqual([13.5, 112.5, 134.5]);
    const q = quantiles(ten, { n: 100, method: "inclusive" });
    expect([q[49], q[94], q[98]]).toEqual([13.5, 67.5, 85.5]);
  });

  it("cuts a two-point sample into thirds both ways", () => {
    expect(quantiles([7, 1], { n: 3 })).toEqual([1, 7]);
    expect(quantiles([7, 1], { n: 3, method: "inclusive" })).toEqual([3, 5]);
  });

  it("sorts numbers as numbers, not as strings: [10, 9, 1] cuts at 9", () => {
    // [10, 9, 1].sort() is [1, 10, 9]: the default sort compares "10" < "9" as text.
    expect(quantiles([10, 9, 1], { n: 2 })).toEqual([9]);
    expect(quantiles([100, 25, 3, 1000], { n: 2, method: "inclusive" })).toEqual([62.5]);
  });

  it("leaves the caller's array alone (sorted(), not list.sort())", () => {
    const data = [3, 1, 2];
    expect(quantiles(data, { n: 2 })).toEqual([2]);
    expect(data).toEqual([3, 1, 2]);
    expect(quantiles(Object.freeze([30, 10, 20]), { n: 2 })).toEqual([20]);
  });

  it("answers one data point with n - 1 copies of it (CPython 3.13 and later)", () => {
    expect(quantiles([42], { n: 4 })).toEqual([42, 42, 42]);
    expect(quantiles([42], { n: 100, method: "inclusive" })).toEqual(Array(99).fill(42));
    expect(quantiles([42], { n: 1 })).toEqual([]);
    expect(quantiles([3, 1, 2], { n: 1 })).toEqual([]);
  });

  it("raises StatisticsError with CPython's messages", () => {
    const empty = thrown(() => quantiles([]));
    expect(empty).toBeInstanceOf(StatisticsError);
    expect(empty).toBeInstanceOf(Error);
    expect((empty as Error).name).toBe("StatisticsError");
    expect((empty as Error).message).toBe("must have at least one data point");
    const zero = thrown(() => quantiles([1, 2], { n: 0 }));
    expect(zero).toBeInstanceOf(StatisticsError);
    expect((zero as Error).message).toBe("n must be at least 1");
    // n is checked first, as in CPython.
    expect((thrown(() => quantiles([], { n: -3 })) as Error).message).toBe("n must be at least 1");
  });

  it("refuses a fractional n with a TypeError, as range() does", () => {
    for (const data of [[1, 2, 3], [1]]) {
      const error = thrown(() => quantiles(data, { n: 2.5 }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("'float' object cannot be interpreted as an integer");
    }
  });

  it("law: the cut points do not depend on the order of the data", () => {
    // `|| 0` turns -0 into 0: a sort keeps 0 and -0 in input order, so their signs could trade places.
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x || 0);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("exclusive" as const, "inclusive" as const),
        fc.infiniteStream(fc.nat()),
        (data, n, method, keys) => {
          const shuffled = data
            .map((x) => ({ x, key: keys.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ x }) => x);
          expect(quantiles(shuffled, { n, method }), "cut points").toEqual(
            quantiles(data, { n, method }),
          );
        },
      ),
    );
  });

  it("law: cut points never decrease for whole-number data (so p50 ≤ p95 ≤ p99)", () => {
    fc.assert(
      fc.property(
        fc.array(wholeMs, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("exclusive" as const, "inclusive" as const),
        (data, n, method) => {
          const cuts = quantiles(data, { n, method });
          expect(cuts.length, "number of cut points").toBe(n - 1);
          for (let i = 1; i < cuts.length; i++) {
            expect(cuts[i - 1], `cut point ${i} against cut point ${i + 1}`).toBeLessThanOrEqual(
              cuts[i] as number,
            );
          }
        },
      ),
    );
  });

  it("law: inclusive cut points lie between the smallest and the largest whole number", () => {
    fc.assert(
      fc.property(
        fc.array(wholeMs, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 120 }),
        (data, n) => {
          const low = Math.min(...data);
          const high = Math.max(...data);
          for (const cut of quantiles(data, { n, method: "inclusive" })) {
            expect(cut, "inclusive cut point").toBeGreaterThanOrEqual(low);
            expect(cut, "inclusive cut point").toBeLessThanOrEqual(high);
          }
        },
      ),
    );
  });

  it("law: both methods cut an odd-sized sample in two at its middle value", () => {
    fc.assert(
      fc.property(
        // `|| 0` turns -0 into 0: -0 * 2 + 0 * 0 is 0, not the -0 in the middle of the sample.
        fc.array(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x || 0),
          { minLength: 1, maxLength: 15 },
        ),
        (half) => {
          const data = [...half, ...half.map((x) => x + 1), 0];
          const middle = data.toSorted((a, b) => a - b)[half.length];
          expect(quantiles(data, { n: 2 }), "exclusive median").toEqual([middle]);
          expect(quantiles(data, { n: 2, method: "inclusive" }), "inclusive median").toEqual([
            middle,
          ]);
        },
      ),
    );
  });
});

describe("timing", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A clock that answers the given readings in turn and counts how often it was read. */
  const scripted = (...readings: number[]) => {
    const clock = { reads: 0, now: () => readings[clock.reads++] ?? Number.NaN };
    return clock;
  };

  it("reads the clock at start and at stop, and records the pair", () => {
    const clock = scripted(100, 112);
    const recorder = new LatencyRecorder(clock.now);
    expect(recorder.timings).toEqual([]);
    const stop = recorder.start();
    expect(clock.reads).toBe(1);
    expect(stop()).toEqual({ start: 100, end: 112 });
    expect(clock.reads).toBe(2);
    expect(recorder.timings).toEqual([{ start: 100, end: 112 }]);
  });

  it("records a request once, however often it is stopped", () => {
    const clock = scripted(1, 5, 9);
    const recorder = new LatencyRecorder(clock.now);
    const stop = recorder.start();
    const first = stop();
    expect(stop()).toBe(first);
    expect(first).toEqual({ start: 1, end: 5 });
    expect(clock.reads).toBe(2);
    expect(recorder.timings).toEqual([{ start: 1, end: 5 }]);
  });

  it("keeps timings in the order requests stop, not the order they start", () => {
    const recorder = new LatencyRecorder(scripted(0, 3, 10, 20).now);
    const first = recorder.start();
    const second = recorder.start();
    second();
    first();
    expect(recorder.timings).toEqual([
      { start: 3, end: 10 },
      { start: 0, end: 20 },
    ]);
  });

  it("hands out a copy of its timings", () => {
    const recorder = new LatencyRecorder(scripted(0, 1).now);
    recorder.start()();
    (recorder.timings as Timing[]).push({ start: 7, end: 8 });
    expect(recorder.timings).toEqual([{ start: 0, end: 1 }]);
  });

  it("times an async request: the clock is read before the work starts and after it ends", async () => {
    let clock = 1_000;
    let readsSeenByWork = -1;
    let reads = 0;
    const recorder = new LatencyRecorder(() => {
      reads += 1;
      return clock;
    });
    const answer = await recorder.time(async () => {
      readsSeenByWork = reads;
      await Promise.resolve();
      clock += 40;
      return "ok";
    });
    expect(answer).toBe("ok");
    expect(readsSeenByWork).toBe(1);
    expect(reads).toBe(2);
    expect(recorder.timings).toEqual([{ start: 1_000, end: 1_040 }]);
  });

  it("records a failed request too, and rethrows the very same error", async () => {
    let clock = 0;
    const recorder = new LatencyRecorder(() => clock);
    const timeout = new Error("upstream timed out");
    const outcome = await recorder
      .time(async () => {
        clock += 30_000;
        throw timeout;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(timeout);
    expect(recorder.timings).toEqual([{ start: 0, end: 30_000 }]);
  });

  it("reads only the injected clock, never Date.now() or performance.now()", async () => {
    const dateNow = vi.spyOn(Date, "now");
    const performanceNow = vi.spyOn(performance, "now");
    const recorder = new LatencyRecorder(scripted(5, 8, 9, 14).now);
    recorder.start()();
    await recorder.time(async () => "done");
    expect(recorder.timings).toEqual([
      { start: 5, end: 8 },
      { start: 9, end: 14 },
    ]);
    expect(dateNow).not.toHaveBeenCalled();
    expect(performanceNow).not.toHaveBeenCalled();
  });

  // A model of the recorder: the clock, when each request started, and what was recorded.
  type Model = {
    clock: number;
    started: number[];
    stopped: (Timing | undefined)[];
    timings: Timing[];
  };
  type Real = { clock: { t: number }; recorder: LatencyRecorder; stops: (() => Timing)[] };

  class Tick implements fc.Command<Model, Real> {
    constructor(readonly ms: number) {}
    check = () => true;
    run(m: Model, r: Real): void {
      m.clock += this.ms;
      r.clock.t = m.clock;
    }
    toString = () => `tick(${this.ms})`;
  }

  class Start implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real): void {
      m.started.push(m.clock);
      m.stopped.push(undefined);
      r.stops.push(r.recorder.start());
    }
    toString = () => "start()";
  }

  class Stop implements fc.Command<Model, Real> {
    constructor(readonly pick: number) {}
    check = (m: Readonly<Model>) => m.started.length > 0;
    run(m: Model, r: Real): void {
      const i = this.pick % m.started.length;
      let timing = m.stopped[i];
      if (timing === undefined) {
        timing = { start: m.started[i] as number, end: m.clock };
        m.stopped[i] = timing;
        m.timings.push(timing);
      }
      expect(r.stops[i]?.(), `timing of request ${i}`).toEqual(timing);
      expect(r.recorder.timings, "recorded timings").toEqual(m.timings);
    }
    toString = () => `stop(#${this.pick})`;
  }

  it("law: each request records the clock at its start and at its first stop, in stop order (model-based)", () => {
    const commands = fc.commands(
      [
        fc.nat({ max: 500 }).map((ms) => new Tick(ms)),
        fc.constant(new Start()),
        fc.nat().map((pick) => new Stop(pick)),
      ],
      commandsReplay(),
    );
    fc.assert(
      fc.property(commands, (cmds) => {
        const clock = { t: 0 };
        fc.modelRun(
          () => ({
            model: { clock: 0, started: [], stopped: [], timings: [] },
            real: { clock, recorder: new LatencyRecorder(() => clock.t), stops: [] },
          }),
          cmds,
        );
      }),
    );
  });

  it("law: concurrent requests each get their own timing, read before the work starts and after it ends, whatever the interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        async (s, failures) => {
          // Each read of this clock answers the next whole number, so every read is told apart.
          let reads = 0;
          const recorder = new LatencyRecorder(() => reads++);
          const seen: { before: number; after: number }[] = [];
          const calls = failures.map((fails, i) =>
            recorder
              .time(async () => {
                const before = reads;
                await s.schedule(Promise.resolve(), `request ${i}`);
                seen[i] = { before, after: reads };
                if (fails) throw new Error(`request ${i} failed`);
                return i;
              })
              .then(
                (value) => `value ${value}`,
                (error: unknown) => (error as Error).message,
              ),
          );
          const outcomes = Promise.all(calls);
          await s.waitAll();
          expect(await outcomes, "outcomes").toEqual(
            failures.map((fails, i) => (fails ? `request ${i} failed` : `value ${i}`)),
          );
          const timings = recorder.timings;
          expect(reads, "clock reads").toBe(2 * failures.length);
          expect(timings.length, "number of timings").toBe(failures.length);
          const ends = timings.map((t) => t.end);
          expect(ends, "timings in the order requests stop").toEqual(
            ends.toSorted((a, b) => a - b),
          );
          seen.forEach(({ before, after }, i) => {
            const own = timings.find((t) => t.start === before - 1);
            expect(own, `timing of request ${i}`).toBeDefined();
            expect(own?.end, `end of request ${i}`).toBeGreaterThanOrEqual(after);
          });
        },
      ),
    );
  });
});

describe("summary", () => {
  const back2back = (...latencies: number[]): Timing[] => {
    let clock = 0;
    return latencies.map((ms) => {
      const start = clock;
      clock += ms;
      return { start, end: clock };
    });
  };

  it("summarises ten back-to-back requests as original.py does", () => {
    expect(summarize(back2back(12, 15, 11, 40, 13, 14, 90, 12, 16, 13))).toEqual({
      count: 10,
      meanMs: 23.6,
      p50Ms: 13.5,
      p95Ms: 112.5,
      p99Ms: 134.5,
      windowMs: 236,
      throughputRps: 42.3728813559322,
    });
  });

  it("measures throughput over the window from the first start to the last end", () => {
    const overlapping = [
      { start: 0, end: 30 },
      { start: 10, end: 20 },
      { start: 5, end: 50 },
    ];
    expect(summarize(overlapping)).toEqual({
      count: 3,
      meanMs: 28.333333333333332,
      p50Ms: 30,
      p95Ms: 57,
      p99Ms: 59.4,
      windowMs: 50,
      throughputRps: 60,
    });
    expect(summarize([{ start: 1_000, end: 1_005 }])).toEqual({
      count: 1,
      meanMs: 5,
      p50Ms: 5,
      p95Ms: 5,
      p99Ms: 5,
      windowMs: 5,
      throughputRps: 200,
    });
  });

  it("takes the k-th percentile from cut point k - 1", () => {
    const s = summarize(back2back(...Array.from({ length: 200 }, (_, i) => i + 1)));
    // CPython: quantiles(range(1, 201), n=100) gives 2.01 * k for the k-th cut point.
    expect([s.p50Ms, s.p95Ms, s.p99Ms]).toEqual([100.5, 190.95, 198.99]);
  });

  it("computes the mean with Python's compensated sum: ten 0.1 ms requests average 0.1 ms", () => {
    // A plain reduce((a, b) => a + b) adds up to 0.9999999999999999 and gives 0.09999999999999999.
    const tenth = Array.from({ length: 10 }, () => ({ start: 0, end: 0.1 }));
    expect(summarize(tenth).meanMs).toBe(0.1);
    const s = summarize([
      { start: 0, end: 0.1 },
      { start: 0, end: 0.2 },
      { start: 0, end: 0.3 },
    ]);
    expect(s.meanMs).toBe(0.19999999999999998);
    expect([s.p50Ms, s.p95Ms, s.p99Ms]).toEqual([0.2, 0.38, 0.39599999999999996]);
    expect(s.throughputRps).toBe(10_000);
  });

  it("adds the latencies exactly as CPython's sum() does, to the last bit", () => {
    // CPython 3.14: sum(xs) / len(xs) for each list; a plain reduce is one bit off on all three.
    const mean = (...latencies: number[]) =>
      summarize(latencies.map((end) => ({ start: 0, end }))).meanMs;
    expect(mean(0.001, 0.2, 3.0, 0.2)).toBe(0.85025);
    expect(mean(12.5, 0.1, 0.7, 0.5)).toBe(3.45);
    expect(mean(3.0, 0.1, 0.5, 2.675)).toBe(1.5687499999999999);
    // The sum overflows: the compensation is then -Infinity, and adding it would give NaN.
    expect(mean(1e308, 1e308)).toBe(Number.POSITIVE_INFINITY);
  });

  it("raises StatisticsError for no timings at all", () => {
    const error = thrown(() => summarize([]));
    expect(error).toBeInstanceOf(StatisticsError);
    expect((error as Error).message).toBe("must have at least one data point");
  });

  it("refuses a window of 0 ms instead of reporting Infinity requests per second", () => {
    for (const timings of [[{ start: 5, end: 5 }], [{ start: 5, end: 3 }]]) {
      const error = thrown(() => summarize(timings));
      expect(error).toBeInstanceOf(StatisticsError);
      expect((error as Error).message).toBe("throughput needs a window longer than 0 ms");
    }
  });

  it("leaves the timings alone", () => {
    const timings = Object.freeze([
      Object.freeze({ start: 10, end: 90 }),
      Object.freeze({ start: 0, end: 5 }),
    ]);
    expect(summarize(timings).p50Ms).toBe(42.5);
    expect(timings).toEqual([
      { start: 10, end: 90 },
      { start: 0, end: 5 },
    ]);
  });

  const timing = fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 5_000 }))
    .map(([start, ms]) => ({ start, end: start + ms }));

  it("law: p50 ≤ p95 ≤ p99 for whole-millisecond timings", () => {
    fc.assert(
      fc.property(fc.array(timing, { minLength: 1, maxLength: 50 }), (timings) => {
        const s = summarize(timings);
        expect(s.p50Ms, "p50 against p95").toBeLessThanOrEqual(s.p95Ms);
        expect(s.p95Ms, "p95 against p99").toBeLessThanOrEqual(s.p99Ms);
      }),
    );
  });

  it("law: the summary of whole-millisecond timings does not depend on their order", () => {
    fc.assert(
      fc.property(
        fc.array(timing, { minLength: 1, maxLength: 50 }),
        fc.infiniteStream(fc.nat()),
        (timings, keys) => {
          const shuffled = timings
            .map((t) => ({ t, key: keys.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ t }) => t);
          expect(summarize(shuffled), "summary").toEqual(summarize(timings));
        },
      ),
    );
  });

  it("law: n back-to-back requests of d ms average d ms at 1000 / d requests per second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const s = summarize(back2back(...Array.from({ length: n }, () => d)));
        expect(s.count, "count").toBe(n);
        expect(s.meanMs, "mean latency").toBe(d);
        expect([s.p50Ms, s.p95Ms, s.p99Ms], "percentiles").toEqual([d, d, d]);
        expect(s.windowMs, "window").toBe(n * d);
        expect(s.throughputRps, "throughput").toBeCloseTo(1000 / d, 9);
      }),
    );
  });
});

describe("batching", () => {
  const cost = { setupMs: 20, perItemMs: 2 };

  it("answers a full batch together: 20 ms setup + 2 ms per request", () => {
    const one = { clients: 2, requestsPerClient: 1, thinkMs: 0, maxBatch: 2, ...cost };
    expect(simulateBatching(one)).toEqual([
      { start: 0, end: 24 },
      { start: 0, end: 24 },
    ]);
    expect(simulateBatching({ ...one, requestsPerClient: 2 })).toEqual([
      { start: 0, end: 24 },
      { start: 0, end: 24 },
      { start: 24, end: 48 },
      { start: 24, end: 48 },
    ]);
  });

  it("queues what does not fit in a batch, oldest first", () => {
    // CPython: simulate_batching(2, 2, 0, 1, 20, 2) and simulate_batching(3, 2, 0, 2, 20, 2).
    expect(
      simulateBatching({ clients: 2, requestsPerClient: 2, thinkMs: 0, maxBatch: 1, ...cost }),
    ).toEqual([
      { start: 0, end: 22 },
      { start: 0, end: 44 },
      { start: 22, end: 66 },
      { start: 44, end: 88 },
    ]);
    expect(
      simulateBatching({ clients: 3, requestsPerClient: 2, thinkMs: 0, maxBatch: 2, ...cost }),
    ).toEqual([
      { start: 0, end: 24 },
      { start: 0, end: 24 },
      { start: 0, end: 48 },
      { start: 24, end: 48 },
      { start: 24, end: 72 },
      { start: 48, end: 72 },
    ]);
  });

  it("sends a client's next request thinkMs after its answer", () => {
    expect(
      simulateBatching({ clients: 1, requestsPerClient: 3, thinkMs: 10, maxBatch: 4, ...cost }),
    ).toEqual([
      { start: 0, end: 22 },
      { start: 32, end: 54 },
      { start: 64, end: 86 },
    ]);
    // CPython: simulate_batching(3, 2, 5, 2, 20, 2); the third client waits for the first batch.
    expect(
      simulateBatching({ clients: 3, requestsPerClient: 2, thinkMs: 5, maxBatch: 2, ...cost }),
    ).toEqual([
      { start: 0, end: 24 },
      { start: 0, end: 24 },
      { start: 0, end: 46 },
      { start: 29, end: 70 },
      { start: 29, end: 70 },
      { start: 51, end: 92 },
    ]);
  });

  it("lets requests that arrive while the server is busy wait for the next batch", () => {
    // CPython: simulate_batching(5, 3, 7, 2, 4, 3).
    const timings = simulateBatching({
      clients: 5,
      requestsPerClient: 3,
      thinkMs: 7,
      maxBatch: 2,
      setupMs: 4,
      perItemMs: 3,
    });
    expect(timings.map((t) => [t.start, t.end])).toEqual([
      [0, 10],
      [0, 10],
      [0, 20],
      [0, 20],
      [0, 30],
      [17, 30],
      [17, 40],
      [27, 40],
      [27, 50],
      [37, 50],
      [37, 60],
      [47, 60],
      [47, 70],
      [57, 70],
      [57, 77],
    ]);
    // CPython: simulate_batching(4, 2, 3, 3, 6, 1.5): fractional costs as well.
    expect(
      simulateBatching({
        clients: 4,
        requestsPerClient: 2,
        thinkMs: 3,
        maxBatch: 3,
        setupMs: 6,
        perItemMs: 1.5,
      }),
    ).toEqual([
      { start: 0, end: 10.5 },
      { start: 0, end: 10.5 },
      { start: 0, end: 10.5 },
      { start: 0, end: 18 },
      { start: 13.5, end: 28.5 },
      { start: 13.5, end: 28.5 },
      { start: 13.5, end: 28.5 },
      { start: 21, end: 36 },
    ]);
  });

  it("sends nothing for no clients or no requests, and costs nothing for a free batch", () => {
    const base = { clients: 3, requestsPerClient: 2, thinkMs: 0, maxBatch: 2, ...cost };
    expect(simulateBatching({ ...base, clients: 0 })).toEqual([]);
    expect(simulateBatching({ ...base, requestsPerClient: 0 })).toEqual([]);
    expect(
      simulateBatching({
        clients: 2,
        requestsPerClient: 1,
        thinkMs: 0,
        maxBatch: 5,
        setupMs: 0,
        perItemMs: 0,
      }),
    ).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 0 },
    ]);
  });

  it("refuses a batch of less than one request and negative durations", () => {
    const base = { clients: 2, requestsPerClient: 1, thinkMs: 0, maxBatch: 2, ...cost };
    for (const maxBatch of [0, -1, 1.5]) {
      const error = thrown(() => simulateBatching({ ...base, maxBatch }));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe("maxBatch must be a whole number, at least 1");
    }
    for (const bad of [{ thinkMs: -1 }, { setupMs: -1 }, { perItemMs: -0.5 }]) {
      const error = thrown(() => simulateBatching({ ...base, ...bad }));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe("durations must not be negative");
    }
  });

  const system = fc.record({
    clients: fc.integer({ min: 1, max: 6 }),
    requestsPerClient: fc.integer({ min: 1, max: 5 }),
    thinkMs: fc.nat({ max: 40 }),
    maxBatch: fc.integer({ min: 1, max: 5 }),
    setupMs: fc.integer({ min: 1, max: 30 }),
    perItemMs: fc.nat({ max: 10 }),
  });

  /** The time-average of requests in flight over the window, and the most at once. */
  const inFlight = (timings: readonly Timing[]) => {
    // At the same instant an answer leaves before the next request arrives.
    const events = timings
      .flatMap((t) => [
        { at: t.start, change: 1 },
        { at: t.end, change: -1 },
      ])
      .sort((a, b) => a.at - b.at || a.change - b.change);
    let count = 0;
    let peak = 0;
    let area = 0;
    let last = events[0]?.at ?? 0;
    for (const { at, change } of events) {
      area += count * (at - last);
      last = at;
      count += change;
      peak = Math.max(peak, count);
    }
    const window =
      Math.max(...timings.map((t) => t.end)) - Math.min(...timings.map((t) => t.start));
    return { mean: area / window, peak };
  };

  it("law: throughput × mean latency = mean number of requests in flight (Little's law)", () => {
    fc.assert(
      fc.property(system, (options) => {
        const s = summarize(simulateBatching(options));
        const { mean } = inFlight(simulateBatching(options));
        expect((s.throughputRps / 1000) * s.meanMs, "throughput × mean latency").toBeCloseTo(
          mean,
          9,
        );
      }),
    );
  });

  it("law: a closed system answers every request and never has more in flight than clients", () => {
    fc.assert(
      fc.property(system, (options) => {
        const timings = simulateBatching(options);
        expect(timings.length, "answered requests").toBe(
          options.clients * options.requestsPerClient,
        );
        expect(inFlight(timings).peak, "requests in flight at once").toBeLessThanOrEqual(
          options.clients,
        );
        const batchOfOne = options.setupMs + options.perItemMs;
        for (const t of timings) {
          expect(t.end - t.start, "latency").toBeGreaterThanOrEqual(batchOfOne);
        }
        const ends = timings.map((t) => t.end);
        expect(ends, "timings in the order they end").toEqual(ends.toSorted((a, b) => a - b));
      }),
    );
  });

  it("law: with as many clients as the batch holds and no think time, a bigger batch raises both throughput and latency", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 10 }),
        (a, b, requestsPerClient, setupMs, perItemMs) => {
          fc.pre(a !== b);
          const [small, large] = [Math.min(a, b), Math.max(a, b)].map((size) =>
            summarize(
              simulateBatching({
                clients: size,
                maxBatch: size,
                requestsPerClient,
                thinkMs: 0,
                setupMs,
                perItemMs,
              }),
            ),
          );
          expect(small?.meanMs, "latency of the small batch").toBe(
            setupMs + perItemMs * Math.min(a, b),
          );
          expect(small?.throughputRps, "throughput of the small batch").toBeLessThan(
            large?.throughputRps as number,
          );
          expect(small?.meanMs, "latency of the small batch").toBeLessThan(large?.meanMs as number);
        },
      ),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/latency-throughput/original.py, line by line.
  const transcript = [
    "latencies (ms): 12, 15, 11, 40, 13, 14, 90, 12, 16, 13",
    "sorted: [11, 12, 12, 13, 13, 14, 15, 16, 40, 90]",
    "mean 23.6 ms, throughput 42.37 req/s over 236 ms",
    "exclusive p50, p95, p99: 13.5, 112.5, 134.5",
    "inclusive p50, p95, p99: 13.5, 67.5, 85.5",
    "in flight on average: 1.00",
    "median cut of [10, 9, 1]: 9.0",
    "quartiles of [42]: [42, 42, 42]",
    "quantiles([], n=4): StatisticsError: must have at least one data point",
    "quantiles([1, 2], n=0): StatisticsError: n must be at least 1",
    "mean of ten 0.1 ms requests: 0.1",
    "one instant request: throughput needs a window longer than 0 ms",
    "8 clients, 5 requests each, batch cost 20 ms + 2 ms per request:",
    "  max batch 1: 45.5 req/s, mean 160.6 ms, p99 176.0 ms, in flight 7.30",
    "  max batch 2: 83.3 req/s, mean 88.8 ms, p99 96.0 ms, in flight 7.40",
    "  max batch 4: 142.9 req/s, mean 53.2 ms, p99 56.0 ms, in flight 7.60",
    "  max batch 8: 222.2 req/s, mean 36.0 ms, p99 36.0 ms, in flight 8.00",
    "clients = max batch, no think time:",
    "  batch 1: 45.5 req/s at 22.0 ms each",
    "  batch 2: 83.3 req/s at 24.0 ms each",
    "  batch 4: 142.9 req/s at 28.0 ms each",
    "  batch 8: 222.2 req/s at 36.0 ms each",
    "  batch 16: 307.7 req/s at 52.0 ms each",
  ];

  it("prints what original.py prints", async () => {
    expect(await demo()).toEqual(transcript);
  });

  it("prints the same lines when run twice (no state leaks between runs)", async () => {
    await demo();
    expect(await demo()).toEqual(transcript);
  });
});
