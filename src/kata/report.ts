/** One failure, reduced to what a learner needs: message, and expected/actual when the assertion had them. */
export interface Failure {
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  /** file:line in the learner's or the spec's code, when the stack names one. */
  readonly at?: string;
}

export type TestState = "passed" | "failed" | "skipped";

/** A test that has started and not yet ended: where a run was when it was stopped. */
export interface RunningTest {
  readonly target: string;
  readonly step: string;
  readonly name: string;
}

/** One test of one spec run against one target. `step` is its top-level describe. */
export interface TestOutcome {
  readonly target: string;
  readonly step: string;
  readonly name: string;
  readonly state: TestState;
  readonly failures: readonly Failure[];
  readonly ms: number;
}

/** What running specs against targets produced; plain data, so it crosses process boundaries as JSON. */
export interface RunReport {
  readonly tests: readonly TestOutcome[];
  /** A spec file that could not run at all (syntax error, throw at import), by target. */
  readonly loadErrors: readonly { readonly target: string; readonly failure: Failure }[];
  readonly unhandled: readonly Failure[];
}

/** The tests of one target. */
export function testsOf(report: RunReport, target: string): TestOutcome[] {
  return report.tests.filter((t) => t.target === target);
}

/**
 * Whether a target came out green: its spec loaded, ran at least one test, and every test
 * passed. Then, and only then, its demo() is compared with CPython's transcript.
 */
export function greenIn(report: RunReport, target: string): boolean {
  const tests = testsOf(report, target);
  return (
    report.loadErrors.every((e) => e.target !== target) &&
    tests.length > 0 &&
    tests.every((t) => t.state === "passed")
  );
}
