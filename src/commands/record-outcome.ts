import type { Kata } from "../kata/catalog.ts";
import { hintSeen } from "../kata/hints.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import { type Progress, progressOf, withKata } from "../kata/progress-state.ts";
import { verdictOf } from "../kata/verdict.ts";

/** The progress after a test run of one kata (pure): passed, or failing at its first red step. */
export function recordOutcome(
  progress: Progress,
  kata: Kata,
  outcome: KataOutcome,
  now: Date,
): Progress {
  const verdict = verdictOf(kata, outcome);
  // Watch mode's interim verdict: CPython has not answered yet, so nothing is decided.
  if (verdict.status === "checking") return progress;
  const passed = verdict.status === "passed";
  // The failing step's first hint is shown with the verdict: it counts as revealed.
  const seen =
    verdict.status === "failing" && verdict.step
      ? hintSeen(kata, progress, verdict.step)
      : progress;
  return withKata(seen, kata.id, {
    status: passed ? "passed" : "failing",
    // A pass leaves no step; code that never reached the tests keeps the step the learner was on.
    ...(passed ? { step: undefined } : verdict.step ? { step: verdict.step } : {}),
    ...(passed && !progressOf(progress, kata.id).passedAt ? { passedAt: now.toISOString() } : {}),
  });
}
