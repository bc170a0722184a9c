import { constants, existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, open, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Kata } from "../kata/catalog.ts";
import { MissingDependenciesError } from "./errors.ts";
import { FORK_GUARD } from "./fork-guard.ts";
import { linkDependencies } from "./link-dependencies.ts";
import type { Submission } from "./submissions.ts";

/**
 * A temporary folder for one grading run: `node_modules/` (links to the repository's packages,
 * shared by every student) and `students/<n>/` (one copy per student).
 */
export interface Workspace {
  readonly dir: string;
  /** The real folders of the dependencies: what a sandbox may read besides the student's copy. */
  readonly dependencies: readonly string[];
  /** The fork guard (`fork-guard.ts`), in a folder of its own that every fork may read. */
  readonly guard: string;
  remove(): Promise<void>;
}

/** What of the repository each student's copy gets: the specs and the tool, never solutions/. */
const FROM_REPOSITORY = ["package.json", "tsconfig.json", "src", "katas"] as const;

export async function createWorkspace(root: string): Promise<Workspace> {
  const modules = join(root, "node_modules");
  if (!existsSync(modules)) throw new MissingDependenciesError(modules);
  // The real path: Vite resolves modules to real paths, and the load guard compares with them.
  const dir = await realpath(await mkdtemp(join(tmpdir(), "kata-grade-")));
  const dependencies = await linkDependencies(modules, join(dir, "node_modules"));
  const guard = join(dir, "guard", "fork-guard.mjs");
  await mkdir(dirname(guard));
  await writeFile(guard, FORK_GUARD);
  return { dir, dependencies, guard, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Copies a file's content, refusing to follow a link: findSubmissions refused links already, and
 * opening with O_NOFOLLOW keeps a file swapped for a link since then from being read for the
 * student (the grader itself is not sandboxed).
 */
async function copyRegularFile(from: string, to: string): Promise<void> {
  const handle = await open(from, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${from} is not a regular file`);
    await writeFile(to, await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** A student's copy, ready to grade: where it is and where vitest may keep its files. */
export interface Stage {
  readonly root: string;
  readonly tmpDir: string;
}

/**
 * Copies the repository's specs, manifests and tool into `students/<index>/`, then the
 * student's own kata files over the stubs. Nothing else from the submission is copied.
 */
export async function stageStudent(
  workspace: Workspace,
  root: string,
  submission: Submission,
  katas: readonly Kata[],
  index: number,
): Promise<Stage> {
  const stage = join(workspace.dir, "students", String(index));
  for (const item of FROM_REPOSITORY) {
    await cp(join(root, item), join(stage, item), {
      recursive: true,
      // The tool's own unit tests are not needed to run a spec.
      filter: (source) => !source.endsWith(".test.ts") || source.includes("/katas/"),
    });
  }
  for (const kata of katas) {
    const handed = submission.katas.get(kata.id);
    if (handed?.kind !== "files") continue;
    for (const file of handed.files) {
      const to = join(stage, kata.files.dir, file);
      await mkdir(dirname(to), { recursive: true });
      await copyRegularFile(join(handed.dir, file), to);
    }
  }
  return { root: stage, tmpDir: join(stage, ".vitest") };
}
