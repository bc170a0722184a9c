import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { ManifestError, UnknownKataError } from "../errors.ts";
import { closest } from "./closest.ts";
import { loadManifest } from "./load-manifest.ts";
import type { Locale, Manifest } from "./manifest.ts";

/** Where a kata's files are, relative to the repository root. */
export interface KataFiles {
  readonly dir: string;
  readonly manifest: string;
  readonly stub: string;
  readonly spec: string;
  readonly typeSpec: string;
  readonly python: string;
  /** The README in each language: English `README.md`, Chinese `README.zh-CN.md`. */
  readonly readme: Readonly<Record<Locale, string>>;
  readonly solutionDir: string;
  readonly reference: string;
  readonly decoyDir: string;
}

export interface Kata {
  readonly id: string;
  readonly manifest: Manifest;
  readonly files: KataFiles;
}

/** The file layout of one kata (docs/kata-contract.md): `kataFiles("singleton").stub`. */
export function kataFiles(id: string, python = "original.py"): KataFiles {
  // `/` form on every platform (see paths.ts): these are shown to the learner and matched
  // against TypeScript's output.
  const join = posix.join;
  const dir = join("katas", id);
  const solutionDir = join("solutions", id);
  return {
    dir,
    manifest: join(dir, "kata.json"),
    stub: join(dir, `${id}.ts`),
    spec: join(dir, `${id}.test.ts`),
    typeSpec: join(dir, `${id}.test-d.ts`),
    python: join(dir, python),
    readme: { en: join(dir, "README.md"), "zh-CN": join(dir, "README.zh-CN.md") },
    solutionDir,
    reference: join(solutionDir, `${id}.ts`),
    decoyDir: join(solutionDir, "decoys"),
  };
}

/** The kata ids present under `katas/`, whatever state their manifests are in. */
export async function kataIds(root: string): Promise<string[]> {
  const entries = await readdir(join(root, "katas"), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((e) => e.name)
    .toSorted();
}

async function load(root: string, id: string): Promise<Kata> {
  const files = kataFiles(id);
  const manifest = await loadManifest(join(root, files.manifest));
  if (manifest.id !== id) {
    throw new ManifestError(files.manifest, [`id: is "${manifest.id}" but the folder is "${id}"`]);
  }
  return { id, manifest, files: kataFiles(id, manifest.python) };
}

/** Every kata, in the order of their manifests; a broken manifest throws a ManifestError. */
export async function loadCatalog(root: string): Promise<Kata[]> {
  const katas = await Promise.all((await kataIds(root)).map((id) => load(root, id)));
  return katas.toSorted((a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id));
}

/** One kata by id, or an UnknownKataError that names the closest ids. */
export async function findKata(root: string, id: string): Promise<Kata> {
  const ids = await kataIds(root);
  if (!ids.includes(id)) throw new UnknownKataError(id, closest(id, ids));
  return load(root, id);
}

/** Whether this copy has the reference of kata `id` (a student pack has none). */
export function hasReference(root: string, id: string): boolean {
  return existsSync(join(root, kataFiles(id).reference));
}

/**
 * `kata` and every kata it builds on, through `requires`, read one manifest each: what
 * `prerequisitesOf` needs without loading the whole catalogue (a broken manifest elsewhere
 * stays out of the way).
 */
export async function withRequired(root: string, kata: Kata): Promise<Kata[]> {
  const found = [kata];
  for (let i = 0; i < found.length; i++) {
    for (const id of found[i]?.manifest.requires ?? []) {
      if (!found.some((k) => k.id === id)) found.push(await findKata(root, id));
    }
  }
  return found;
}
