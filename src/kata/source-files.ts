import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import type { Kata } from "./catalog.ts";

/** One source file of a solution, with its path from the repository's root in `/` form. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

// A kata folder also holds the spec, the type tests and compare.ts: not the learner's solution.
const NOT_SOLUTION = /\.(test|test-d)\.ts$|^compare\.ts$/;

async function tsFiles(
  root: string,
  dir: string,
  skip: (name: string) => boolean,
): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = posix.join(dir, e.name);
      if (e.isDirectory()) return e.name === "decoys" ? [] : tsFiles(root, path, skip);
      return e.name.endsWith(".ts") && !skip(e.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Entry file first, then the rest in path order. */
async function read(root: string, entry: string, paths: readonly string[]): Promise<SourceFile[]> {
  const ordered = [entry, ...paths.filter((p) => p !== entry).toSorted()].filter((p) =>
    paths.includes(p),
  );
  return Promise.all(
    ordered.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") })),
  );
}

/** Every file of the reference, sibling files included, never the decoys. */
export async function referenceFiles(root: string, kata: Kata): Promise<SourceFile[]> {
  return read(root, kata.files.reference, await tsFiles(root, kata.files.solutionDir, () => false));
}

/** Every file of the learner's solution: the kata's TypeScript, less the spec and compare.ts. */
export async function learnerFiles(root: string, kata: Kata): Promise<SourceFile[]> {
  return read(
    root,
    kata.files.stub,
    await tsFiles(root, kata.files.dir, (n) => NOT_SOLUTION.test(n)),
  );
}
