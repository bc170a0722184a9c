import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** One file the daemon's code is made of, as its stat shows it. */
export interface SourceStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The daemon's version, decided here only: the Node that runs it, NODE_OPTIONS, and every file
 * of the tool (a changed, added or removed one changes the key). A daemon whose key no longer
 * matches refuses and exits; pure, `versionKey("v20.20.2", "", stamps)`.
 */
export function versionKey(
  node: string,
  nodeOptions: string,
  stamps: readonly SourceStamp[],
): string {
  const hash = createHash("sha256").update(`${node}\n${nodeOptions}\n`);
  for (const s of [...stamps].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${s.path}\t${s.size}\t${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

// The tool's own files: its sources, its entry, and what installs change.
const FOLDERS = ["src", "bin"];
const FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "node_modules/.package-lock.json",
];

/** The stamps of the tool's files under `root` (a few milliseconds: stats, no reads). */
export function sourceStamps(root: string): SourceStamp[] {
  const stamps: SourceStamp[] = [];
  const add = (path: string) => {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    if (stat?.isFile()) stamps.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
  };
  for (const folder of FOLDERS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, folder), { recursive: true, encoding: "utf8" });
    } catch {
      // A folder that is not there is part of the key by its absence.
    }
    for (const name of names) add(join(folder, name));
  }
  for (const file of FILES) add(file);
  return stamps;
}
