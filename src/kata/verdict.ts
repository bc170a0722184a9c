import { match } from "ts-pattern";
import type { Kata } from "./catalog.ts";
import type { KataOutcome } from "./outcome.ts";
import type { TestOutcome } from "./report.ts";

export interface StepResult {
  readonly id: string;
  readonly title: string;
  readonly tests: readonly TestOutcome[];
  readonly passed: boolean;
}

/**
 * A kata's status after one run. `checking` is watch mode's interim: every test is green and
 * CPython has not answered yet. `error` is code that never reached the tests.
 */
export type KataStatus = "passed" | "failing" | "checking" | "error";

export interface Verdict {
  readonly status: KataStatus;
  /** The first step that is not green: a step id, or `parity` for the last one. */
  readonly step?: string;
  readonly steps: readonly StepResult[];
}

/** The id of the last step every kata has: its demo() prints what original.py prints in CPython. */
export const PARITY_STEP = "parity";

/** Groups test outcomes by the manifest's steps, in the manifest's order. */
export function stepResults(kata: Kata, tests: readonly TestOutcome[]): StepResult[] {
  return kata.manifest.steps.map((step) => {
    const own = tests.filter((t) => t.step === step.id);
    return {
      id: step.id,
      title: step.title,
      tests: own,
      passed: own.length > 0 && own.every((t) => t.state === "passed"),
    };
  });
}

/**
 * The one place that decides whether a kata passed (pure): every step green AND CPython's
 * transcript matched. A run that did not check parity has not passed, whoever ran it.
 * `verdictOf(kata, outcome).status === "passed"`.
 */
export function verdictOf(kata: Kata, outcome: KataOutcome): Verdict {
  if (outcome.kind !== "tests") return { status: "error", steps: [] };
  const steps = stepResults(kata, outcome.report.tests);
  const broken = steps.find((s) => !s.passed);
  if (broken) return { status: "failing", step: broken.id, steps };
  if (outcome.report.loadErrors.length > 0) return { status: "error", steps };
  const status = match(outcome.parity?.kind)
    .with("same", () => "passed" as const)
    .with("pending", () => "checking" as const)
    .with("differ", "error", undefined, () => "failing" as const)
    .exhaustive();
  return status === "passed" ? { status, steps } : { status, step: PARITY_STEP, steps };
}
