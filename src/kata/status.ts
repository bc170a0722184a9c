import type { Kata } from "./catalog.ts";
import { type Progress, progressOf } from "./progress.ts";

/**
 * Whether a kata is done (pure): the learner passed it, or a student pack gave it already solved
 * (`given`). What counts towards the progress bar, what the next kata skips, and what a kata
 * built on it may run on.
 */
export const isDone = (kata: Kata, progress: Progress): boolean =>
  kata.manifest.given === true || progressOf(progress, kata.id).status === "passed";
