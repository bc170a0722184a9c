import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { StateFileError } from "../errors.ts";
import { emptyProgress, type Progress, progressSchema } from "./progress-state.ts";

export {
  emptyProgress,
  type KataProgress,
  type Progress,
  progressOf,
  progressSchema,
  withKata,
} from "./progress-state.ts";

export const PROGRESS_FILE = join(".kata", "progress.json");

/**
 * Reads `.kata/progress.json`. A missing file is a fresh start; a corrupt one is set aside as
 * progress.json.corrupt-<time> and replaced, with a warning, never a crash.
 */
export async function readProgress(
  root: string,
  now: () => Date,
): Promise<{ progress: Progress; warning?: string }> {
  const file = join(root, PROGRESS_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    // Never tested yet: a fresh start. Anything else (a folder in the way, no permission) is
    // said, not papered over: writing would fail next, and the learner should know why.
    if (codeOf(error) === "ENOENT") return { progress: emptyProgress() };
    throw new StateFileError("read", PROGRESS_FILE, codeOf(error));
  }
  try {
    return { progress: progressSchema.parse(JSON.parse(text)) };
  } catch {
    const aside = `${file}.corrupt-${now().toISOString().replaceAll(":", "-")}`;
    await rename(file, aside).catch(() => {});
    return {
      progress: emptyProgress(),
      warning: `${PROGRESS_FILE} was unreadable; it was moved to ${aside} and progress starts afresh (passing katas are marked again when tested).`,
    };
  }
}

/** Writes progress atomically (a temporary file, then a rename), so a crash never leaves half a file. */
export async function writeProgress(root: string, progress: Progress): Promise<void> {
  const file = join(root, PROGRESS_FILE);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.tmp`, `${JSON.stringify(progress, null, 2)}\n`);
    await rename(`${file}.tmp`, file);
  } catch (error) {
    throw new StateFileError("write", PROGRESS_FILE, codeOf(error));
  }
}

/** The errno code of a file-system error (`EISDIR`), or its message. */
const codeOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message;
