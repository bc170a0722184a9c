import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, KataError, type Said } from "../errors.ts";
import { en } from "../i18n/en.ts";
import type { Messages } from "../i18n/messages.ts";
import type { Kata } from "../kata/catalog.ts";
import { committedFile } from "../runner/git.ts";

export class ResetError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly say: (m: Messages) => Said) {
    super(say(en).message);
  }
  describe(m: Messages): Said {
    return this.say(m);
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
        throw new ResetError((m) => ({
          message: m.reset.noOriginal(kata.files.stub, ref),
          next: m.reset.noOriginalNext,
        }));
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
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ResetError((m) => ({
        message: m.reset.cannotWrite(kata.files.stub, code, backup),
        next: m.reset.cannotWriteNext,
      }));
    }
    restored.push(kata.files.stub);
  }
  return { backup, restored };
}
