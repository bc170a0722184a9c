import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import { startMember, startTree, stopTree } from "./process.ts";
import { parseDiagnostics } from "./typecheck.ts";

export interface TscWatch {
  close(): void;
}

const CYCLE_END = /Found \d+ errors?\. Watching for file changes\./;
const CYCLE_START = /Starting (incremental )?compilation/;

/** The newest modification time of the TypeScript files under `katas/`, the learner's. */
export function newestKataEdit(root: string): number {
  const katas = join(root, "katas");
  let newest = 0;
  for (const name of readdirSync(katas, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".ts")) continue;
    // A file can go between listing and reading it (an editor's atomic save): skip it.
    const modified = statSync(join(katas, name), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    newest = Math.max(newest, modified);
  }
  return newest;
}

/**
 * Reads `tsc --watch --pretty false` output, chunk by chunk, into checks (pure but for the two
 * clocks it is given): `onCycle` gets the diagnostics of each check unless a kata file was
 * saved after the check began (`newestEdit() > the start`), since tsc then has the next check
 * coming and this one's errors may be of lines that no longer exist.
 */
export function cycleReader(
  onCycle: (diagnostics: TypeDiagnostic[], started: number) => void,
  now: () => number,
  newestEdit: () => number,
  onCheckStart: () => void = () => {},
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
        if (newestEdit() <= started) onCycle(parseDiagnostics(cycle.join("\n")), started);
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
  onCycle: (diagnostics: TypeDiagnostic[], started: number) => void,
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
  const read = cycleReader(onCycle, Date.now, () => newestKataEdit(root));
  child.stdout?.on("data", (chunk: Buffer) => read(chunk.toString()));
  return {
    close() {
      if (options.inCallersGroup) child.kill("SIGKILL");
      else stopTree(child.pid);
    },
  };
}
