import { EXIT } from "../errors.ts";
import { hasReference, type Kata, loadCatalog } from "../kata/catalog.ts";
import { onReference, prerequisitesOf } from "../kata/prerequisites.ts";
import { writeProgress } from "../kata/progress.ts";
import { isDone } from "../kata/status.ts";
import { renderList } from "../render/list.ts";
import { type Io, loadProgress, type Result } from "./io.ts";
import { recordOutcome } from "./record-outcome.ts";
import { testAll } from "./test-kata.ts";
import { tried } from "./tried.ts";

/**
 * `kata` with no command: watch mode in a terminal; elsewhere (CI, a pipe) every kata is tested,
 * recorded with the same verdict as `kata test` (a kata still as the stub stays "to do"), and
 * the table printed.
 */
export async function homeCommand(io: Io): Promise<Result> {
  if (io.interactive) return { text: "", exitCode: await io.watch(undefined, 10) };
  const katas = await loadCatalog(io.root);
  let progress = await loadProgress(io);
  // Each kata runs on the references of the prerequisites the learner has not passed.
  const swapped = (kata: Kata) =>
    onReference(prerequisitesOf(kata, progress, "auto", (id) => hasReference(io.root, id), katas));
  const outcomes = await testAll(io.root, katas, { timeoutSeconds: 10, swapped });
  for (const kata of katas) {
    const outcome = outcomes.get(kata.id);
    if (outcome && (await tried(io.root, kata))) {
      progress = recordOutcome(progress, kata, outcome, io.now());
    }
  }
  await writeProgress(io.root, progress);
  const green = katas.every((k) => isDone(k, progress));
  return { text: renderList(katas, progress, io.ui), exitCode: green ? EXIT.ok : EXIT.failing };
}
