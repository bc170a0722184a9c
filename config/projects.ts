import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";

// Every vitest project of the repository, defined once. `vitest.config.ts` (what `npx vitest` and
// editors run) uses only `katas`; config/vitest.maintainers.ts (`npm test`) uses the others;
// config/vitest.mutation.ts narrows `solutions` to one kata.
//
// One spec, two targets: the same kata specs run against the learner's code (`katas`) and
// against the reference (`solutions`). The switch is the `solutions` condition of the `#kata/*`
// subpath import in package.json, so no test file is ever copied.
const specs = ["katas/**/*.test.ts"];
// The grader under attack and the classroom platforms end to end: minutes of real installs and
// hostile students. `npm test` stays a few minutes; `.ci/run` runs these too (`npm run test:grading`).
const GRADING = ["test/e2e/hostile-submissions.test.ts", "test/e2e/platforms.test.ts"];
// The kata test daemon end to end: about two minutes of daemons started, raced against saves,
// left idle and killed. `.ci/run` runs it after npm test, on every Node line (`npm run test:daemon`).
const DAEMON = ["test/e2e/daemon.test.ts"];
const nodeMajor = Number(process.versions.node.split(".")[0]);
const setupFiles = ["src/testing/fast-check-setup.ts"];

export const projects = {
  unit: { test: { name: "unit", include: ["src/**/*.test.ts"] } },
  // The real CLI, spawned on throwaway copies of the repository.
  e2e: {
    test: {
      name: "e2e",
      include: ["test/e2e/**/*.test.ts"],
      // What only Node 25 and later can do (the permission model's network rule) is collected
      // only there, rather than skipped everywhere else.
      exclude: [
        ...GRADING,
        ...DAEMON,
        ...(nodeMajor >= 25 ? [] : ["test/e2e/**/*.node25.test.ts"]),
      ],
      testTimeout: 120_000,
    },
  },
  grading: { test: { name: "grading", include: GRADING, testTimeout: 180_000 } },
  daemon: { test: { name: "daemon", include: DAEMON, testTimeout: 120_000 } },
  katas: { test: { name: "katas", include: specs, setupFiles } },
  solutions: {
    ssr: { resolve: { conditions: ["solutions"] } },
    test: { name: "solutions", include: specs, setupFiles },
  },
  // Real CPython in WebAssembly: loaded once per worker, only when these tests run.
  parity: {
    ssr: { resolve: { conditions: ["solutions"] } },
    test: {
      name: "parity",
      include: ["test/parity/**/*.test.ts"],
      testTimeout: Number(process.env.PARITY_TIMEOUT ?? 120_000),
    },
  },
} satisfies Record<string, TestProjectInlineConfiguration>;

/** The repository's root: the configs in config/ name it, so they run from any directory. */
export const root = fileURLToPath(new URL("..", import.meta.url));
