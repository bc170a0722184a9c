import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import { startMember, startTree, stopTree } from "./process.ts";
import { parseDiagnostics } from "./typecheck.ts";

export interface TscWatch {
  close(): void;
}

// A check's start is when its first line reached us, shortly after tsc printed it and began
// reading files: a save in between may not have been read. So a check counts for the saves
// made up to this long before its first line arrived; one whose kata files were saved later
// is late (below). TypeScript 7 reacts to a save within a millisecond or two, so the check a
// save itself starts is often late by this rule.
const MARGIN_MS = 2;
/** How long after a late check (see `tscWatch`) tsc has to begin the next one. */
const LATE_CHECK_GRACE_MS = 200;
const CYCLE_END = /Found \d+ errors?\. Watching for file changes\./;
const CYCLE_START = /Starting (incremental )?compilation/;

/** The newest modification time of the TypeScript files under `katas/`, the learner's. */
export function newestKataEdit(root: string): number {
  const katas = join(root, "katas");
  let names: string[];
  try {
    names = readdirSync(katas, { recursive: true, encoding: "utf8" });
  } catch {
    // No `katas/` (a repository moved or deleted under a running tsc): nothing saved.
    return 0;
  }
  let newest = 0;
  for (const name of names) {
    if (!name.endsWith(".ts")) continue;
    // A file can go between listing and reading it (an editor's atomic save): skip it.
    const modified = statSync(join(katas, name), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    newest = Math.max(newest, modified);
  }
  return newest;
}

/**
 * Reads `tsc --watch --pretty false` output, chunk by chunk, into checks (pure but for the two
 * clocks it is given): `onCycle` gets the diagnostics of each check, and the time up to which
 * a save counts as seen, unless a kata file was saved after the check began (within the
 * margin above), since tsc may then have the next check coming and this one's errors may be
 * of lines that no longer exist. Such a check goes to `onLate`, with the time it ended.
 */
export function cycleReader(
  onCycle: (diagnostics: TypeDiagnostic[], seenUpTo: number) => void,
  now: () => number,
  newestEdit: () => number,
  onCheckStart: () => void = () => {},
  onLate: (diagnostics: TypeDiagnostic[], ended: number) => void = () => {},
): (chunk: string) => void {
  let buffer = "";
  let cycle: string[] = [];
  let started = now();
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (CYCLE_END.test(line)) {
        const diagnostics = parseDiagnostics(cycle.join("\n"));
        const seen = started - MARGIN_MS;
        if (newestEdit() <= seen) onCycle(diagnostics, seen);
        else onLate(diagnostics, now());
        cycle = [];
      } else if (CYCLE_START.test(line)) {
        started = now();
        onCheckStart();
      } else {
        cycle.push(line);
      }
    }
  };
}

/**
 * TypeScript's compiler in watch mode: one process for the whole session, re-checking only
 * what changed (a fraction of a second with the native compiler). Calls `onCycle` with every
 * diagnostic after each compilation whose kata files were not saved again while it ran.
 */
export function tscWatch(
  root: string,
  onCycle: (diagnostics: TypeDiagnostic[], seenUpTo: number) => void,
  options: { readonly inCallersGroup?: boolean } = {},
): TscWatch {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const args = [
    tsc,
    "-p",
    "tsconfig.json",
    "--watch",
    "--preserveWatchOutput",
    "--pretty",
    "false",
  ];
  // A tree, so that closing it ends the native compiler bin/tsc starts too; or, for the daemon,
  // a member of the caller's process group, which ends with it.
  const start = options.inCallersGroup ? startMember : startTree;
  const child = start(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
  // A save that lands while a check runs (an editor's truncate, then its write) usually brings
  // the next check within milliseconds. When none comes, tsc had already read the saved text
  // (it checks again for any change it saw after reading), so the late check stands: without
  // this, nothing would count until the next save.
  let late: NodeJS.Timeout | undefined;
  const read = cycleReader(
    onCycle,
    Date.now,
    () => newestKataEdit(root),
    () => clearTimeout(late),
    (diagnostics, ended) => {
      late = setTimeout(() => {
        if (newestKataEdit(root) <= ended) onCycle(diagnostics, ended);
      }, LATE_CHECK_GRACE_MS);
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => read(chunk.toString()));
  return {
    close() {
      clearTimeout(late);
      if (options.inCallersGroup) child.kill("SIGKILL");
      else stopTree(child.pid);
    },
  };
}
