import { EXIT, NoReferenceError } from "../errors.ts";
import { findKata, hasReference } from "../kata/catalog.ts";
import { progressOf, withKata, writeProgress } from "../kata/progress.ts";
import { referenceFiles } from "../kata/source-files.ts";
import { type Io, loadProgress, ok, type Result } from "./io.ts";

/**
 * `kata solution <id>`: the reference, once the kata passed; before that only with `--force`,
 * which is recorded, so a teacher can see who looked.
 */
export async function solutionCommand(
  io: Io,
  { id, force }: { id: string; force: boolean },
): Promise<Result> {
  const kata = await findKata(io.root, id);
  const progress = await loadProgress(io);
  const passed = progressOf(progress, id).status === "passed";
  if (!passed && !force) return { text: io.ui.m.solution.locked(id), exitCode: EXIT.failing };
  if (!hasReference(io.root, id)) throw new NoReferenceError(id);
  // The whole reference: its entry file first, then every sibling file, never the decoys.
  const files = await referenceFiles(io.root, kata);
  const text = files.map((f) => `${io.ui.paint.dim(`// ${f.path}`)}\n${f.text}`).join("\n");
  await writeProgress(
    io.root,
    withKata(progress, id, { solutionViewed: true, ...(passed ? {} : { solutionForced: true }) }),
  );
  return ok(text);
}
