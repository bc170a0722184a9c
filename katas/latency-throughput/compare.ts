// `kata compare latency-throughput` drives your module and the reference with the same generated
// calls (quantiles, summaries, batching simulations) and shows the first one they answer differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/latency-throughput");
type Call =
  | {
      readonly fn: "quantiles";
      readonly data: readonly number[];
      readonly n: number;
      readonly method: "exclusive" | "inclusive";
    }
  | { readonly fn: "summarize"; readonly timings: readonly { start: number; end: number }[] }
  | {
      readonly fn: "simulateBatching";
      readonly options: {
        clients: number;
        requestsPerClient: number;
        thinkMs: number;
        maxBatch: number;
        setupMs: number;
        perItemMs: number;
      };
    };

const value = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.record({
    fn: fc.constant("quantiles" as const),
    data: fc.array(value, { maxLength: 12 }),
    n: fc.integer({ min: 0, max: 101 }),
    method: fc.constantFrom("exclusive" as const, "inclusive" as const),
  }),
  fc.record({
    fn: fc.constant("summarize" as const),
    timings: fc.array(
      fc
        .tuple(
          fc.nat({ max: 1_000 }),
          fc.oneof(fc.nat({ max: 500 }), fc.double({ min: 0, max: 500, noNaN: true })),
        )
        .map(([start, ms]) => ({ start, end: start + ms })),
      { maxLength: 12 },
    ),
  }),
  fc.record({
    fn: fc.constant("simulateBatching" as const),
    options: fc.record({
      clients: fc.nat({ max: 6 }),
      requestsPerClient: fc.nat({ max: 4 }),
      thinkMs: fc.nat({ max: 30 }),
      maxBatch: fc.integer({ min: 0, max: 5 }),
      setupMs: fc.nat({ max: 30 }),
      perItemMs: fc.nat({ max: 10 }),
    }),
  }),
);

export default {
  input: call,
  observe: (kata, c) => {
    switch (c.fn) {
      case "quantiles":
        return kata.quantiles(c.data, { n: c.n, method: c.method });
      case "summarize":
        return kata.summarize(c.timings);
      case "simulateBatching":
        return kata.simulateBatching(c.options);
    }
  },
} satisfies Differential<Kata, Call>;
