// `kata compare self-attention` feeds your module and the reference the same scores, numbers
// to sum and token matrices, and shows the first input they treat differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/self-attention");
interface Input {
  readonly numbers: readonly number[];
  readonly scores: readonly number[];
  readonly x: readonly (readonly number[])[];
  readonly heads: number;
  readonly causal: boolean;
}

/** A value, or the thrown error's class and message, so one throw does not hide the rest. */
function attempt(action: () => unknown): unknown {
  try {
    return action();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

const entry = fc.double({ min: -10, max: 10, noNaN: true });

export default {
  input: fc
    .record({ n: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 6 }) })
    .chain(({ n, d }) =>
      fc.record({
        numbers: fc.array(
          fc.oneof(
            fc.double({ min: -1e300, max: 1e300, noNaN: true }),
            fc.constantFrom(0.1, 0.2, 0.3, 1, 1e16, -1e16),
          ),
          { maxLength: 10 },
        ),
        scores: fc.array(
          fc.oneof(fc.double({ min: -1e308, max: 1e308, noNaN: true }), fc.constant(-Infinity)),
          { maxLength: 6 },
        ),
        x: fc.array(fc.array(entry, { minLength: d, maxLength: d }), {
          minLength: n,
          maxLength: n,
        }),
        heads: fc.integer({ min: 1, max: 3 }),
        causal: fc.boolean(),
      }),
    ),
  observe: (
    { fsum, softmax, attention, multiHeadAttention },
    { numbers, scores, x, heads, causal },
  ) => {
    const d = x[0]?.length ?? 0;
    const identity = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)),
    );
    // A fixed, lopsided output projection, so that the order of the heads shows.
    const wo = identity.map((row, i) => row.map((w) => w * (i + 1)));
    return {
      fsum: attempt(() => fsum(numbers)),
      softmax: attempt(() => softmax(scores)),
      attention: attempt(() => attention(x, x, x, { causal })),
      multiHead: attempt(() =>
        multiHeadAttention(x, { wq: identity, wk: identity, wv: identity, wo }, heads, { causal }),
      ),
    };
  },
} satisfies Differential<Kata, Input>;
