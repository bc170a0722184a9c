import type { TestProjectInlineConfiguration } from "vitest/config";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

// Stryker mutates a reference, so it runs the kata's spec in the project `solutions` only (in
// `katas` the same spec meets the learner's stub, which fails by design), and only the spec of
// the kata under test: scripts/mutation.ts names it in MUTATION_KATA. Narrowing here rather than
// with Stryker's `testFiles` keeps static mutants (module-level values) testable: with
// `testFiles`, Stryker 9.6.1 activates them after the module has loaded, so they always survive.
const kata = process.env.MUTATION_KATA ?? "*";
const solutions = base.test?.projects?.find(
  (p): p is TestProjectInlineConfiguration =>
    typeof p === "object" && "test" in p && p.test?.name === "solutions",
);
if (solutions === undefined) throw new Error("vitest.config.ts has no project named solutions");

export default defineConfig({
  test: {
    projects: [
      { ...solutions, test: { ...solutions.test, include: [`katas/${kata}/${kata}.test.ts`] } },
    ],
  },
});
