import { defineConfig } from "vitest/config";

// One spec, two targets: the same kata specs run against the learner's code (`katas`)
// and against the reference (`solutions`). The switch is the `solutions` condition of
// the `#kata/*` subpath import in package.json, so no test file is ever copied.
const specs = ["katas/**/*.test.ts"];
const setupFiles = ["src/testing/fast-check-setup.ts"];

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        // The real CLI, spawned on throwaway copies of the repository.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 120_000 },
      },
      { test: { name: "katas", include: specs, setupFiles } },
      {
        ssr: { resolve: { conditions: ["solutions"] } },
        test: { name: "solutions", include: specs, setupFiles },
      },
      {
        // Real CPython in WebAssembly: loaded once per worker, only when these tests run.
        ssr: { resolve: { conditions: ["solutions"] } },
        test: {
          name: "parity",
          include: ["test/parity/**/*.test.ts"],
          testTimeout: Number(process.env.PARITY_TIMEOUT ?? 120_000),
        },
      },
    ],
  },
});
