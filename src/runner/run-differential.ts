import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import type { DifferentialResult } from "../kata/outcome.ts";
import { type Differential, observe } from "../testing/differential.ts";

/**
 * Feeds the same fast-check inputs to both modules and compares what `observe` sees; fast-check
 * shrinks the first disagreement: `await differential(d, learner, reference, { seed: 1 })`.
 */
export async function differential<M, I>(
  d: Differential<M, I>,
  learner: M,
  reference: M,
  options: { readonly seed: number; readonly numRuns?: number },
): Promise<DifferentialResult> {
  const details = await fc.check(
    fc.asyncProperty(d.input, async (input) =>
      isDeepStrictEqual(await observe(d, learner, input), await observe(d, reference, input)),
    ),
    { seed: options.seed, numRuns: options.numRuns ?? 200 },
  );
  const counterexample = details.counterexample?.[0];
  if (!details.failed || details.counterexample === null) {
    return { kind: "agree", runs: details.numRuns, seed: options.seed };
  }
  return {
    kind: "diverge",
    input: fc.stringify(counterexample),
    learner: await observe(d, learner, counterexample as I),
    reference: await observe(d, reference, counterexample as I),
    seed: options.seed,
    runs: details.numRuns,
  };
}
