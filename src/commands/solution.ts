import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, NoReferenceError } from "../errors.ts";
import { findKata } from "../kata/catalog.ts";
import { progressOf, withKata, writeProgress } from "../kata/progress.ts";
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
  const text = await readFile(join(io.root, kata.files.reference), "utf8").catch(() => {
    throw new NoReferenceError(id);
  });
  await writeProgress(
    io.root,
    withKata(progress, id, { solutionViewed: true, ...(passed ? {} : { solutionForced: true }) }),
  );
  return ok(`${io.ui.paint.dim(`// ${kata.files.reference}`)}\n${text}`);
}
