// Test data only: `*.fixture.ts` files are not shipped in student packs.
import type { KataOutcome, TranscriptParity } from "./outcome.ts";
import type { Failure, RunReport, TestOutcome } from "./report.ts";

/** A green test of one step: `green("one")`. */
export const green = (step: string, name = `${step} works`): TestOutcome => ({
  target: "learner",
  step,
  name,
  state: "passed",
  failures: [],
  ms: 1,
});

/** A red test of one step, with its failure: `red("two", "adds", { message: "boom" })`. */
export const red = (
  step: string,
  name = `${step} breaks`,
  failure: Failure = { message: "expected 2 to be 3" },
): TestOutcome => ({ target: "learner", step, name, state: "failed", failures: [failure], ms: 1 });

/** A test run, its parity, and the spec files that could not load: `ran([green("one")], same)`. */
export function ran(
  tests: readonly TestOutcome[],
  parity?: TranscriptParity,
  loadErrors: RunReport["loadErrors"] = [],
): KataOutcome {
  return {
    kind: "tests",
    report: { tests, loadErrors, unhandled: [] },
    ...(parity ? { parity } : {}),
  };
}

export const same: TranscriptParity = { kind: "same", python: "3.14.0", lines: 3 };
export const pending: TranscriptParity = { kind: "pending" };
export const differ: TranscriptParity = {
  kind: "differ",
  python: "3.14.0",
  line: 2,
  expected: "pm1 is pm2: True",
  actual: "pm1 is pm2: true",
};
export const parityError: TranscriptParity = {
  kind: "error",
  message: "original.py raised NameError: x",
};
