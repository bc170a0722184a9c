import type { File, Task, Test } from "@vitest/runner";
import { getTests } from "@vitest/runner/utils";
import { failureOf, type RunnerError } from "../../../src/kata/failure.ts";
import type { Failure, RunReport, TestOutcome } from "../../../src/kata/report.ts";
import { testPlace } from "../../../src/testing/test-place.ts";

/** A test's title and the describes around it, outermost first; the file is not one of them. */
export function titlesOf(test: Test): string[] {
  const titles = [test.name];
  for (let s: Task | undefined = test.suite; s && s !== test.file; s = s.suite)
    titles.unshift(s.name);
  return titles;
}

/** How a value the runner did not serialise is shown (the CLI uses node:util's inspect). */
const show = (value: unknown): string => {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
};

// Stack frames in the browser name bundled chunks and a blob, never katas/<id>/<file>:<line>:
// the playground's failures have no `at`.
const nowhere = () => undefined;

export const toFailure = (error: RunnerError): Failure => failureOf(error, show, nowhere);

export const stateOf = (test: Test): TestOutcome["state"] =>
  test.result?.state === "pass" ? "passed" : test.result?.state === "fail" ? "failed" : "skipped";

/** The run of one spec file as the CLI reports it (src/runner/run-specs.ts's reportOf). */
export function reportOf(target: string, file: File, unhandled: readonly unknown[]): RunReport {
  const tests: TestOutcome[] = getTests(file).map((test) => ({
    target,
    ...testPlace(titlesOf(test)),
    state: stateOf(test),
    failures: (test.result?.errors ?? []).map((e) => toFailure(e as RunnerError)),
    ms: Math.round(test.result?.duration ?? 0),
  }));
  const loadErrors = (file.result?.errors ?? []).map((e) => ({
    target,
    failure: toFailure(e as RunnerError),
  }));
  return { tests, loadErrors, unhandled: unhandled.map((e) => toFailure(e as RunnerError)) };
}
