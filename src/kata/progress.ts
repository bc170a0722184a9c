import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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

/** The writes of this process, in the order they were asked for: the last one asked wins. */
let writes: Promise<void> = Promise.resolve();
let written = 0;

/**
 * Writes progress atomically (a temporary file, then a rename), so a crash never leaves half a
 * file. Writes of one process run one after the other (watch mode records a green run, then
 * the same run with its transcript checked, a few milliseconds apart); each has a temporary
 * file of its own, so another process writing at the same moment cannot take it away.
 */
export function writeProgress(root: string, progress: Progress): Promise<void> {
  const file = join(root, PROGRESS_FILE);
  const temporary = `${file}.${process.pid}-${++written}.tmp`;
  const write = writes.then(async () => {
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(temporary, `${JSON.stringify(progress, null, 2)}\n`);
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => {});
      throw new StateFileError("write", PROGRESS_FILE, codeOf(error));
    }
  });
  // A failed write is its caller's to report; the next one still runs.
  writes = write.catch(() => {});
  return write;
}

/** The errno code of a file-system error (`EISDIR`), or its message. */
const codeOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message;
