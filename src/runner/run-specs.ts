import { relative } from "node:path";
import { inspect } from "node:util";
import type { SerializedError } from "vitest";
import { createVitest, type TestCase, type TestModule } from "vitest/node";
import { failureOf } from "../kata/failure.ts";
import type { Failure, RunReport, TestOutcome } from "../kata/report.ts";
import { testPlace } from "../testing/test-place.ts";
import { projectFor, type Target } from "./targets.ts";

export interface RunOptions {
  readonly root: string;
  readonly targets: readonly Target[];
  /** Per-test limit in milliseconds, for tests that await forever. */
  readonly testTimeout?: number;
  /** Called when vitest is ready and starts running the specs (learner code runs from here). */
  readonly onStart?: () => void;
}

/** A test's title and the describes around it, outermost first. */
function titlesOf(test: TestCase): string[] {
  const titles = [test.name];
  for (let node: TestCase["parent"] = test.parent; node.type === "suite"; node = node.parent)
    titles.unshift(node.name);
  return titles;
}

function where(root: string, stack: string | undefined): string | undefined {
  const frame = stack
    ?.split("\n")
    .find((line) => /\/(katas|solutions)\//.test(line) && !line.includes("node_modules"));
  const match = frame?.match(/(\/[^\s()]+):(\d+):\d+/);
  return match ? `${relative(root, match[1] ?? "")}:${match[2]}` : undefined;
}

function toFailure(root: string, error: SerializedError | { message: string }): Failure {
  return failureOf(
    error,
    (v) => inspect(v, { depth: 4 }),
    (stack) => where(root, stack),
  );
}

/** Turns vitest's reported modules into plain, serialisable data. */
export function reportOf(
  root: string,
  modules: readonly TestModule[],
  unhandled: readonly SerializedError[],
): RunReport {
  const tests: TestOutcome[] = [];
  const loadErrors: { target: string; failure: Failure }[] = [];
  for (const module of modules) {
    const target = module.project.name;
    for (const error of module.errors())
      loadErrors.push({ target, failure: toFailure(root, error) });
    for (const test of module.children.allTests()) {
      const result = test.result();
      tests.push({
        target,
        ...testPlace(titlesOf(test)),
        state:
          result.state === "passed" ? "passed" : result.state === "failed" ? "failed" : "skipped",
        failures: (result.errors ?? []).map((e) => toFailure(root, e)),
        ms: Math.round(test.diagnostic()?.duration ?? 0),
      });
    }
  }
  return { tests, loadErrors, unhandled: unhandled.map((e) => toFailure(root, e)) };
}

/**
 * Runs each target's spec in one vitest instance, one project per target, in parallel, and
 * returns plain data: `await runSpecs({ root, targets: [singletonReference] })`.
 */
export async function runSpecs(options: RunOptions): Promise<RunReport> {
  const { root, targets, testTimeout = 10_000 } = options;
  let modules: readonly TestModule[] = [];
  let unhandled: readonly SerializedError[] = [];
  const vitest = await createVitest(
    "test",
    {
      root,
      config: false,
      watch: false,
      reporters: [
        {
          onTestRunStart() {
            options.onStart?.();
          },
          onTestRunEnd(testModules, errors) {
            modules = testModules;
            unhandled = errors;
          },
        },
      ],
    },
    {
      logLevel: "silent",
      test: { projects: targets.map((t) => projectFor(root, t, testTimeout)) },
    },
  );
  try {
    await vitest.start();
  } finally {
    await vitest.close();
  }
  return reportOf(root, modules, unhandled);
}
