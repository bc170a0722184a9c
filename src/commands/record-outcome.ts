import type { Kata } from "../kata/catalog.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import { type Progress, progressOf, withKata } from "../kata/progress.ts";
import { stepResults } from "../render/outcome.ts";

/** The progress after a test run of one kata (pure): passed, or failing at its first red step. */
export function recordOutcome(
  progress: Progress,
  kata: Kata,
  outcome: KataOutcome,
  now: Date,
): Progress {
  const own = progressOf(progress, kata.id);
  if (outcome.kind !== "tests") return withKata(progress, kata.id, { status: "failing" });
  const steps = stepResults(kata, outcome.report.tests);
  const broken = steps.find((s) => !s.passed);
  const passed =
    broken === undefined &&
    outcome.report.loadErrors.length === 0 &&
    (outcome.parity === undefined || outcome.parity.kind === "same");
  if (outcome.parity?.kind === "pending") return progress;
  return withKata(progress, kata.id, {
    status: passed ? "passed" : "failing",
    ...(broken ? { step: broken.id } : {}),
    ...(passed && !own.passedAt ? { passedAt: now.toISOString() } : {}),
  });
}
