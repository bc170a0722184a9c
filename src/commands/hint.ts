import { findKata } from "../kata/catalog.ts";
import { nextHint } from "../kata/hints.ts";
import { writeProgress } from "../kata/progress.ts";
import { renderHints } from "../render/hint.ts";
import { type Io, loadProgress, ok, type Result } from "./io.ts";

/** `kata hint <id>`: reveal and record the next hint of the step the learner is on. */
export async function hintCommand(io: Io, id: string): Promise<Result> {
  const kata = await findKata(io.root, id);
  const shown = nextHint(kata, await loadProgress(io));
  await writeProgress(io.root, shown.progress);
  return ok(renderHints(kata, shown, io.ui));
}
