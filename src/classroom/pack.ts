import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { findKata, type Kata, loadCatalog } from "../kata/catalog.ts";
import { importedKatas } from "../kata/prerequisites.ts";
import { PackTargetError, SolvedNotPackedError } from "./errors.ts";
import { type CommitResult, commitAll } from "./git-commit.ts";
import {
  PACK_VITEST_CONFIG,
  packLockfile,
  packPackageJson,
  packTsconfig,
  studentReadme,
  studentReadmeZhCN,
} from "./pack-files.ts";

/** Copied from the repository as they are: the editor's and the dev container's settings too. */
const COPIED = [
  "bin",
  "src",
  "scripts/py.ts",
  "scripts/kata-steps.ts",
  "biome.json",
  ".gitignore",
  ".nvmrc",
  ".vscode",
  ".devcontainer",
];
/** What a pack owns in its folder: --force replaces these and leaves the rest (and .git) alone. */
const OWNED = [
  "katas",
  "bin",
  "src",
  "scripts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "vitest.config.ts",
  "biome.json",
  ".gitignore",
  ".nvmrc",
  ".vscode",
  ".devcontainer",
  "README.md",
  "README.zh-CN.md",
];

export interface PackResult {
  readonly dir: string;
  readonly katas: readonly string[];
  /** Katas packed because a chosen kata imports them. */
  readonly added: readonly string[];
  /** Katas shipped already solved (`--solved`). */
  readonly solved: readonly string[];
  readonly git: CommitResult;
}

/** The chosen katas and every kata they import (`#kata/<id>`), in the catalogue's order. */
export async function withDependencies(root: string, chosen: readonly Kata[]): Promise<Kata[]> {
  const packed = new Map(chosen.map((k) => [k.id, k]));
  const queue = [...chosen];
  for (let kata = queue.shift(); kata; kata = queue.shift()) {
    const files = (await readdir(join(root, kata.files.dir))).filter((f) => f.endsWith(".ts"));
    const texts = await Promise.all(
      files.map((f) => readFile(join(root, kata.files.dir, f), "utf8")),
    );
    for (const id of importedKatas(texts)) {
      if (packed.has(id)) continue;
      const dependency = await findKata(root, id);
      packed.set(id, dependency);
      queue.push(dependency);
    }
  }
  return [...packed.values()].toSorted(
    (a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id),
  );
}

/**
 * What a student repository gets of the tool: the learner's CLI, not the teacher's commands
 * (src/classroom) and not the tool's own tests.
 */
function shipsToStudents(root: string) {
  return (source: string): boolean => {
    const path = relative(root, source).split(sep).join("/");
    return (
      !/\.(test|fixture)\.ts$/.test(path) &&
      path !== "src/classroom" &&
      !path.startsWith("src/classroom/")
    );
  };
}

/**
 * Ships a packed kata already solved: every file of its reference (not the decoys) over the
 * stub, and `given` in its manifest, so the katas built on it run on working code and its
 * status says it was given. The reference's relative imports (`../format-text/format-text.ts`)
 * land on the pack's katas/, that is, on the student's own code of what it builds on, unless
 * that is solved too: the same code a grader runs.
 */
async function shipSolved(root: string, dir: string, kata: Kata): Promise<Kata> {
  const reference = join(root, dirname(kata.files.reference));
  await cp(reference, join(dir, kata.files.dir), {
    recursive: true,
    filter: (source) => relative(reference, source).split(sep)[0] !== "decoys",
  });
  const manifest = { ...kata.manifest, given: true as const };
  await writeFile(join(dir, kata.files.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...kata, manifest };
}

/**
 * The katas to ship solved (pure): the ones named, and below each, what it builds on that the
 * teacher did not choose, since a solved kata over a student's stub would still throw TODO.
 * A chosen kata stays the students' to do, even below a solved one.
 */
export function solvedWithBelow(
  packed: readonly Kata[],
  named: readonly string[],
  chosen: ReadonlySet<string>,
): string[] {
  const solved = new Set<string>();
  const visit = (id: string) => {
    if (solved.has(id)) return;
    solved.add(id);
    for (const below of packed.find((k) => k.id === id)?.manifest.requires ?? []) {
      if (!chosen.has(below)) visit(below);
    }
  };
  for (const id of named) visit(id);
  return packed.filter((k) => solved.has(k.id)).map((k) => k.id);
}

async function prepare(root: string, dir: string, force: boolean): Promise<void> {
  const fromRoot = relative(dir, root);
  if (fromRoot === "" || (!fromRoot.startsWith("..") && !fromRoot.startsWith(sep)))
    throw new PackTargetError(dir, "repository");
  const entries = existsSync(dir) ? await readdir(dir) : [];
  if (entries.length > 0 && !force) throw new PackTargetError(dir, "not-empty");
  for (const item of OWNED) await rm(join(dir, item), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

/**
 * Writes a student repository into `outDir`: the chosen katas (and the katas they import), the
 * CLI and the specs, no solutions/ and no decoys, a README for students, scripts for a pack, and
 * one git commit (`kata reset` restores stubs from it). All katas when `ids` is empty.
 */
export async function pack(
  root: string,
  outDir: string,
  options: {
    readonly ids: readonly string[];
    readonly solved?: readonly string[];
    readonly force: boolean;
  },
): Promise<PackResult> {
  const dir = resolve(outDir);
  const chosen =
    options.ids.length > 0
      ? await Promise.all(options.ids.map((id) => findKata(root, id)))
      : await loadCatalog(root);
  const dependencies = await withDependencies(root, chosen);
  const packed = dependencies.map((k) => k.id);
  const stray = options.solved?.find((id) => !packed.includes(id));
  if (stray !== undefined) throw new SolvedNotPackedError(stray, packed);
  const solved = solvedWithBelow(
    dependencies,
    options.solved ?? [],
    new Set(chosen.map((k) => k.id)),
  );
  await prepare(root, dir, options.force);

  for (const item of COPIED) {
    if (!existsSync(join(root, item))) continue;
    await cp(join(root, item), join(dir, item), {
      recursive: true,
      filter: shipsToStudents(root),
    });
  }
  const katas: Kata[] = [];
  for (const kata of dependencies) {
    await cp(join(root, kata.files.dir), join(dir, kata.files.dir), { recursive: true });
    katas.push(solved.includes(kata.id) ? await shipSolved(root, dir, kata) : kata);
  }
  const read = (file: string) => readFile(join(root, file), "utf8");
  // Only what a student needs: the lockfile without the maintainers' packages, and a
  // package.json that matches it, so `npm ci` in the pack installs the learner's runtime.
  const lock = existsSync(join(root, "package-lock.json"))
    ? packLockfile(await read("package-lock.json"))
    : undefined;
  if (lock) await writeFile(join(dir, "package-lock.json"), lock.text);
  const pkg = packPackageJson(await read("package.json"), lock?.names ?? new Set());
  await writeFile(join(dir, "package.json"), pkg);
  await writeFile(join(dir, "tsconfig.json"), packTsconfig(await read("tsconfig.json")));
  await writeFile(join(dir, "vitest.config.ts"), PACK_VITEST_CONFIG);
  await writeFile(join(dir, "README.md"), studentReadme(katas));
  await writeFile(join(dir, "README.zh-CN.md"), studentReadmeZhCN(katas));

  const ids = katas.map((k) => k.id);
  const git = await commitAll(dir, `Katas for the class: ${ids.join(", ")}`);
  const wanted = new Set(chosen.map((k) => k.id));
  return { dir, katas: ids, added: ids.filter((id) => !wanted.has(id)), solved, git };
}
