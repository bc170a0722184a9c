import type { Kata } from "./catalog.ts";
import { type Progress, progressOf, withKata } from "./progress-state.ts";

export interface HintShown {
  readonly step: string;
  readonly stepNumber: number;
  /** Every hint revealed so far on this step, the newest last. */
  readonly hints: readonly string[];
  readonly total: number;
  readonly progress: Progress;
}

/**
 * Reveals the next hint of the step the learner is on (the first one not green at the last
 * test run) and records it (pure): `nextHint(kata, progress).hints.at(-1)`. A kata that has
 * passed needs no hint: its hints are shown again, and none is counted.
 */
export function nextHint(kata: Kata, progress: Progress): HintShown {
  const entry = progressOf(progress, kata.id);
  const steps = kata.manifest.steps;
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === entry.step),
  );
  const step = steps[index] ?? steps[0];
  if (step === undefined) throw new Error(`kata ${kata.id} has no steps`);
  const revealed = entry.hints[step.id] ?? 0;
  const passed = entry.status === "passed";
  const shown = passed ? Math.max(1, revealed) : Math.min(revealed + 1, step.hints.length);
  return {
    step: step.id,
    stepNumber: index + 1,
    hints: step.hints.slice(0, shown),
    total: step.hints.length,
    progress: passed
      ? progress
      : withKata(progress, kata.id, { hints: { ...entry.hints, [step.id]: shown } }),
  };
}

/**
 * The progress after the learner was shown the hint of a failing step (pure): a hint that
 * `kata test` or watch mode shows counts as revealed, so `kata hint` then gives the next one.
 */
export function hintSeen(kata: Kata, progress: Progress, stepId: string): Progress {
  const entry = progressOf(progress, kata.id);
  if (!kata.manifest.steps.some((s) => s.id === stepId) || (entry.hints[stepId] ?? 0) > 0) {
    return progress;
  }
  return withKata(progress, kata.id, { hints: { ...entry.hints, [stepId]: 1 } });
}
