// Options shared by every kata. `scripts/mutation.ts` adds, per kata, what to mutate (the
// reference, never its decoys) and where to write the reports, and names the kata whose spec
// runs in MUTATION_KATA.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Only the kata's own spec, in the project `solutions`: the spec runs against the reference.
  vitest: { configFile: "config/vitest.mutation.ts", related: false },
  coverageAnalysis: "perTest",
  // Two cores, shared with colleagues.
  concurrency: 2,
  reporters: ["html", "json", "clear-text", "progress"],
  // Both folders are git-ignored.
  tempDirName: ".stryker-tmp",
  ignorePatterns: [".kata", "reports", "coverage", ".scratch", "*.log"],
  // Stryker rewrites `extends` and `references` in the sandbox's tsconfig through the API of
  // TypeScript 5, which TypeScript 7 no longer has. Ours uses neither: name no file, skip the step.
  tsconfigFile: "no-tsconfig-to-rewrite.json",
  thresholds: { high: 90, low: 85, break: null },
};
