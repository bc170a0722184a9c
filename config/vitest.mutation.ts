import { defineConfig } from "vitest/config";
import { projects, root } from "./projects.ts";

// Stryker mutates a reference, so it runs the kata's spec in the project `solutions` only (in
// `katas` the same spec meets the learner's stub, which fails by design), and only the spec of
// the kata under test: scripts/mutation.ts names it in MUTATION_KATA. Narrowing here rather than
// with Stryker's `testFiles` keeps static mutants (module-level values) testable: with
// `testFiles`, Stryker 9.6.1 activates them after the module has loaded, so they always survive.
// Not named vitest.*.config.ts, so that editors' Vitest extensions do not pick it up.
const kata = process.env.MUTATION_KATA ?? "*";
const { solutions } = projects;

export default defineConfig({
  test: {
    root,
    projects: [
      { ...solutions, test: { ...solutions.test, include: [`katas/${kata}/${kata}.test.ts`] } },
    ],
  },
});
