import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Kata } from "../catalog/catalog.ts";
import { KataError } from "../errors.ts";
import { committedFile } from "../internal/git.ts";

export class ResetError extends KataError {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly next: string,
  ) {
    super(message);
  }
}

export interface ResetDone {
  readonly backup: string;
  readonly restored: readonly string[];
}

/** `.kata/backups/2026-11-28T10-00-00.000Z`: sortable, and legal on every file system. */
export const backupDir = (now: Date) =>
  join(".kata", "backups", now.toISOString().replaceAll(":", "-"));

/**
 * Restores the stubs of `katas` to their committed version (git `ref`, HEAD by default), after
 * copying each kata folder, everything the learner wrote, into `.kata/backups/<time>/`.
 * Nothing is written before the backup is complete.
 */
export async function resetKatas(
  root: string,
  katas: readonly Kata[],
  now: Date,
  ref = "HEAD",
): Promise<ResetDone> {
  const originals = await Promise.all(
    katas.map(async (kata) => {
      const text = await committedFile(root, ref, kata.files.stub);
      if (text === undefined) {
        throw new ResetError(
          `Cannot find the original of ${kata.files.stub} in git (${ref}).`,
          "reset restores stubs from git; run it inside the repository's git clone, or pass --from <ref>.",
        );
      }
      return { kata, text };
    }),
  );
  const backup = backupDir(now);
  for (const { kata } of originals) {
    await cp(join(root, kata.files.dir), join(root, backup, kata.files.dir), { recursive: true });
  }
  const restored: string[] = [];
  for (const { kata, text } of originals) {
    try {
      await writeFile(join(root, kata.files.stub), text);
    } catch (error) {
      throw new ResetError(
        `Could not write ${kata.files.stub}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Your work is safe in ${backup}.`,
        "Check the folder's permissions, then run the reset again.",
      );
    }
    restored.push(kata.files.stub);
  }
  return { backup, restored };
}
