// `kata compare positional-encoding` builds small tables with your module and the reference, in
// both dtypes, and measures a few ulp distances, then shows the first input they disagree on.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/positional-encoding");
interface Input {
  readonly maxLen: number;
  readonly dModel: number;
  readonly dtype: "float32" | "float64";
  readonly pair: readonly [number, number];
}

/** A value, or the thrown error's class and message, so one throw does not hide the rest. */
function attempt(action: () => unknown): unknown {
  try {
    return action();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

export default {
  input: fc.record({
    maxLen: fc.integer({ min: -1, max: 40 }),
    dModel: fc.oneof(
      fc.integer({ min: 0, max: 16 }).map((half) => 2 * half),
      fc.integer({ min: 0, max: 9 }),
    ),
    dtype: fc.constantFrom("float32" as const, "float64" as const),
    pair: fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })),
  }),
  observe: ({ divTerm, positionalEncoding, ulpsBetween }, { maxLen, dModel, dtype, pair }) => ({
    divTerm: attempt(() => Array.from(divTerm(dModel, dtype))),
    table: attempt(() => positionalEncoding(maxLen, dModel, dtype).map((row) => Array.from(row))),
    ulps: attempt(() => ulpsBetween(pair[0], pair[1])),
  }),
} satisfies Differential<Kata, Input>;
