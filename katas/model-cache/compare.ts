// `kata compare model-cache` drives your cache and the reference with the same sequence of
// gets and releases (the loader answers at once) and shows the first step where they differ.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/model-cache");
type Step = { readonly get: string } | { readonly release: number };
type Case = {
  readonly budgetMb: number;
  readonly sizes: Readonly<Record<string, number>>;
  readonly steps: readonly Step[];
};

const names = ["a", "b", "c", "d"] as const;

export default {
  input: fc.record({
    budgetMb: fc.integer({ min: 100, max: 1200 }),
    sizes: fc.record({
      a: fc.integer({ min: 1, max: 600 }),
      b: fc.integer({ min: 1, max: 600 }),
      c: fc.integer({ min: 1, max: 600 }),
      d: fc.integer({ min: 1, max: 600 }),
    }),
    steps: fc.array(
      fc.oneof(
        fc.record({ get: fc.constantFrom(...names, "unknown") }),
        fc.record({ release: fc.nat(20) }),
      ),
      { maxLength: 20 },
    ),
  }),
  observe: async ({ ModelCache }, c) => {
    const log: string[] = [];
    const cache = new ModelCache({
      budgetMb: c.budgetMb,
      sizes: c.sizes,
      load: async (name) => {
        log.push(`load ${name}`);
        return name;
      },
      unload: (name) => log.push(`unload ${name}`),
    });
    const leases: { release(): void }[] = [];
    const seen: unknown[] = [];
    for (const step of c.steps) {
      if ("get" in step) {
        try {
          leases.push(await cache.get(step.get));
          seen.push(`got ${step.get}`);
        } catch (error) {
          seen.push(`${(error as Error).name}: ${(error as Error).message}`);
        }
      } else leases[step.release % Math.max(leases.length, 1)]?.release();
      seen.push({ entries: cache.entries(), usedMb: cache.usedMb, log: [...log] });
    }
    return seen;
  },
} satisfies Differential<Kata, Case>;
