import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { StateFileError } from "../errors.ts";

const kataProgress = z.object({
  status: z.enum(["pending", "failing", "passed"]),
  /** The first step that was not green at the last test run. */
  step: z.string().optional(),
  passedAt: z.string().optional(),
  /** Hints revealed, per step id. */
  hints: z.record(z.string(), z.number().int().nonnegative()).default({}),
  solutionViewed: z.boolean().default(false),
  /** The reference was shown before the kata passed (`kata solution --force`). */
  solutionForced: z.boolean().default(false),
});

const progressSchema = z.object({
  version: z.literal(1),
  katas: z.record(z.string(), kataProgress),
});

export type KataProgress = z.infer<typeof kataProgress>;
export type Progress = z.infer<typeof progressSchema>;

export const PROGRESS_FILE = join(".kata", "progress.json");
const empty = (): Progress => ({ version: 1, katas: {} });

/** A kata's progress, or the state of one never tried: `progressOf(p, "singleton").status`. */
export function progressOf(progress: Progress, id: string): KataProgress {
  return (
    progress.katas[id] ?? {
      status: "pending",
      hints: {},
      solutionViewed: false,
      solutionForced: false,
    }
  );
}

/** A copy of `progress` with one kata's entry changed (pure). */
export function withKata(progress: Progress, id: string, change: Partial<KataProgress>): Progress {
  return {
    ...progress,
    katas: { ...progress.katas, [id]: { ...progressOf(progress, id), ...change } },
  };
}

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
    if (codeOf(error) === "ENOENT") return { progress: empty() };
    throw new StateFileError("read", PROGRESS_FILE, codeOf(error));
  }
  try {
    return { progress: progressSchema.parse(JSON.parse(text)) };
  } catch {
    const aside = `${file}.corrupt-${now().toISOString().replaceAll(":", "-")}`;
    await rename(file, aside).catch(() => {});
    return {
      progress: empty(),
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
