import type { Kata } from "./catalog.ts";
import { type Progress, progressOf } from "./progress.ts";

/** Which code a kata's prerequisites run on: the learner's own, or the reference's. */
export type PrerequisiteMode = "auto" | "own" | "reference";

/** One prerequisite of a run, and the code it runs on. */
export interface Prerequisite {
  readonly id: string;
  readonly on: "own" | "reference";
  /** Whether the learner has passed it. */
  readonly passed: boolean;
}

/**
 * The code each prerequisite of `kata` runs on (pure). By default (`auto`) a prerequisite the
 * learner has passed runs on their code and one they have not on the reference, so every kata can
 * be done on its own; without references (a student pack) it is always the learner's.
 */
export function prerequisitesOf(
  kata: Kata,
  progress: Progress,
  mode: PrerequisiteMode,
  hasReference: (id: string) => boolean,
): Prerequisite[] {
  return (kata.manifest.requires ?? []).map((id) => {
    const passed = progressOf(progress, id).status === "passed";
    const wanted = mode === "auto" ? (passed ? "own" : "reference") : mode;
    return { id, passed, on: wanted === "reference" && hasReference(id) ? "reference" : "own" };
  });
}

/** The ids a kata's files import as `#kata/<id>`, other than itself (pure). */
export function importedKatas(texts: readonly string[], self?: string): string[] {
  const ids = texts.flatMap((t) =>
    [...t.matchAll(/["']#kata\/([a-z0-9-]+)["']/g)].map((m) => m[1] ?? ""),
  );
  return [...new Set(ids)].filter((id) => id !== "" && id !== self).toSorted();
}

/** The prerequisites that run on their reference: the katas to alias. */
export const onReference = (prerequisites: readonly Prerequisite[]): string[] =>
  prerequisites.filter((p) => p.on === "reference").map((p) => p.id);
