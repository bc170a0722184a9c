import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ResetError, UsageError } from "../errors.ts";
import type { Messages } from "../i18n/messages.ts";
import type { Kata } from "../kata/catalog.ts";
import { findKata, loadCatalog } from "../kata/catalog.ts";
import { withKata, writeProgress } from "../kata/progress.ts";
import { committedFile } from "../runner/git.ts";
import { type Io, loadProgress, ok, type Result } from "./io.ts";

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
        throw new ResetError({ kind: "no-original", file: kata.files.stub, ref });
      }
      return { kata, text };
    }),
  );
  const backup = backupDir(now);
  try {
    for (const { kata } of originals) {
      await cp(join(root, kata.files.dir), join(root, backup, kata.files.dir), { recursive: true });
    }
  } catch (error) {
    // Nothing has been written yet: no backup, no reset.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ResetError({ kind: "cannot-back-up", backup, code });
  }
  const restored: string[] = [];
  for (const { kata, text } of originals) {
    try {
      await writeFile(join(root, kata.files.stub), text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ResetError({ kind: "cannot-write", file: kata.files.stub, code, backup });
    }
    restored.push(kata.files.stub);
  }
  return { backup, restored };
}

/** `kata reset <id...>|--all`: asks first in a terminal, needs `--yes` elsewhere, backs up first. */
export async function resetCommand(
  io: Io,
  { ids, yes, from }: { ids: readonly string[] | "all"; yes: boolean; from: string },
): Promise<Result> {
  const katas =
    ids === "all"
      ? await loadCatalog(io.root)
      : await Promise.all(ids.map((id) => findKata(io.root, id)));
  const { m } = io.ui;
  const what = ids === "all" ? m.reset.everyKata : katas.map((k) => k.id).join(", ");
  if (!yes) {
    if (!io.interactive) throw new UsageError({ kind: "resetNeedsYes" });
    if (!(await io.confirm(m.reset.confirm(what)))) return ok(m.reset.nothing);
  }
  const done = await resetKatas(io.root, katas, io.now(), from);
  let progress = await loadProgress(io);
  for (const kata of katas) progress = withKata(progress, kata.id, { status: "pending" });
  await writeProgress(io.root, progress);
  return ok(renderReset(done, m));
}

/** What a reset did, in the learner's language (pure): where the backup is, what was restored. */
export function renderReset(done: ResetDone, m: Messages): string {
  return [m.reset.backedUp(done.backup), ...done.restored.map((f) => m.reset.restored(f))].join(
    "\n",
  );
}
