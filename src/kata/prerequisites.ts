import type { Kata } from "./catalog.ts";
import { type Progress, progressOf } from "./progress.ts";
import { isDone } from "./status.ts";

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
 * learner has done (passed, or given solved in a student pack) runs on their code and one they
 * have not on the reference, so every kata can be done on its own; without references (a student
 * pack) it is always the learner's. A prerequisite on the learner's code imports the learner's
 * own prerequisites in turn, so theirs are chosen the same way (`katas` holds the manifests
 * of the prerequisites, for their `requires`); a reference imports only references, so below it
 * nothing needs choosing.
 */
export function prerequisitesOf(
  kata: Kata,
  progress: Progress,
  mode: PrerequisiteMode,
  hasReference: (id: string) => boolean,
  katas: readonly Kata[] = [],
): Prerequisite[] {
  const chosen: Prerequisite[] = [];
  const visit = (ids: readonly string[]) => {
    for (const id of ids) {
      if (id === kata.id || chosen.some((p) => p.id === id)) continue;
      const prerequisite = katas.find((k) => k.id === id);
      const passed = prerequisite
        ? isDone(prerequisite, progress)
        : progressOf(progress, id).status === "passed";
      const wanted = mode === "auto" ? (passed ? "own" : "reference") : mode;
      const on = wanted === "reference" && hasReference(id) ? "reference" : "own";
      chosen.push({ id, passed, on });
      if (on === "own") visit(prerequisite?.manifest.requires ?? []);
    }
  };
  visit(kata.manifest.requires ?? []);
  return chosen;
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
