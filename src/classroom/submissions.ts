import { existsSync } from "node:fs";
import { lstat, readdir, realpath } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import type { Kata } from "../kata/catalog.ts";
import { NoSubmissionsError } from "./errors.ts";

/** Limits on what one student's kata folder may hold; beyond them nothing of it is run. */
export const FILE_LIMITS = { files: 64, bytes: 512 * 1024, depth: 8 } as const;

/**
 * What a student handed in for one kata. `files`: the kata folder and the student's TypeScript
 * files in it, relative to that folder (`<id>.ts` first). `refused`: something the grader will
 * not copy (a symbolic link). `invalid`: too many, too large or too deeply nested files, or a
 * folder that could not be read.
 */
export type SubmittedKata =
  | { readonly kind: "files"; readonly dir: string; readonly files: readonly string[] }
  | { readonly kind: "missing" }
  | { readonly kind: "refused"; readonly reason: string }
  | { readonly kind: "invalid"; readonly reason: string };

export interface Submission {
  readonly student: string;
  readonly dir: string;
  readonly katas: ReadonlyMap<string, SubmittedKata>;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
};

/** Files of a kata folder that the repository provides: the student's copies are never used. */
function repositoryOwned(file: string): boolean {
  return file === "compare.ts" || /\.test(-d)?\.ts$/.test(file) || file.endsWith(".d.ts");
}

/** Why a folder could not be read, in a few words: the error's code, not its path. */
const unreadable = (what: string, error: unknown) =>
  `${what} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;

type Listing = { files: string[] } | { refused: string } | { invalid: string };

async function listTs(dir: string, base: string): Promise<Listing> {
  const files: string[] = [];
  const walk = async (folder: string, depth: number): Promise<Listing | undefined> => {
    if (depth > FILE_LIMITS.depth)
      return { invalid: `${base} has folders nested more than ${FILE_LIMITS.depth} deep` };
    for (const entry of (await readdir(folder, { withFileTypes: true })).toSorted((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      const rel = relative(dir, path);
      if (entry.isSymbolicLink()) {
        if (entry.name.endsWith(".ts"))
          return {
            refused: `${join(base, rel)} is a symbolic link: only regular files are graded`,
          };
        continue;
      }
      if (entry.isDirectory()) {
        const stop = await walk(path, depth + 1);
        if (stop) return stop;
      } else if (entry.isFile() && entry.name.endsWith(".ts") && !repositoryOwned(rel)) {
        if ((await lstat(path)).size > FILE_LIMITS.bytes)
          return { invalid: `${join(base, rel)} is larger than ${FILE_LIMITS.bytes / 1024} KB` };
        files.push(rel);
      }
    }
    return undefined;
  };
  const stop = await walk(dir, 0);
  if (stop) return stop;
  if (files.length > FILE_LIMITS.files)
    return { invalid: `${base} holds more than ${FILE_LIMITS.files} TypeScript files` };
  return { files };
}

/**
 * One kata of one student: `<student>/katas/<id>/<id>.ts`, or `<student>/<id>/<id>.ts` when the
 * student handed in only the katas folder, or `<student>/<id>.ts` alone (files uploaded one by
 * one, as Gradescope allows). Whatever goes wrong stays this kata's problem.
 */
async function findKataFiles(studentDir: string, kata: Kata): Promise<SubmittedKata> {
  for (const base of [join("katas", kata.id), kata.id]) {
    try {
      const dir = join(studentDir, base);
      const main = join(dir, `${kata.id}.ts`);
      const stats = await lstat(main).catch(() => undefined);
      if (stats === undefined) continue;
      // A link anywhere on the way (katas/ -> /elsewhere) would lead out of the student's folder.
      if (!inside(await realpath(studentDir), await realpath(dir)))
        return { kind: "refused", reason: `${base} leads outside the student's folder (a link)` };
      if (stats.isSymbolicLink())
        return {
          kind: "refused",
          reason: `${join(base, `${kata.id}.ts`)} is a symbolic link: only regular files are graded`,
        };
      if (!stats.isFile()) continue;
      const listing = await listTs(dir, base);
      if ("refused" in listing) return { kind: "refused", reason: listing.refused };
      if ("invalid" in listing) return { kind: "invalid", reason: listing.invalid };
      return { kind: "files", dir, files: listing.files };
    } catch (error) {
      return { kind: "invalid", reason: unreadable(base, error) };
    }
  }
  return loneFile(studentDir, kata);
}

/** `<student>/<id>.ts` on its own: that file and nothing beside it. */
async function loneFile(studentDir: string, kata: Kata): Promise<SubmittedKata> {
  const name = `${kata.id}.ts`;
  const stats = await lstat(join(studentDir, name)).catch(() => undefined);
  if (stats === undefined) return { kind: "missing" };
  if (stats.isSymbolicLink())
    return { kind: "refused", reason: `${name} is a symbolic link: only regular files are graded` };
  if (!stats.isFile()) return { kind: "missing" };
  if (stats.size > FILE_LIMITS.bytes)
    return { kind: "invalid", reason: `${name} is larger than ${FILE_LIMITS.bytes / 1024} KB` };
  return { kind: "files", dir: studentDir, files: [name] };
}

/** The same answer for every kata of a student: a folder the grader will not look into. */
const everyKata = (katas: readonly Kata[], submitted: SubmittedKata) =>
  new Map(katas.map((k) => [k.id, submitted] as const));

async function scanStudent(dir: string, student: string, katas: readonly Kata[]) {
  const studentDir = join(dir, student);
  try {
    const found = await Promise.all(
      katas.map(async (k) => [k.id, await findKataFiles(studentDir, k)] as const),
    );
    return { student, dir: studentDir, katas: new Map(found) };
  } catch (error) {
    const reason = unreadable("the student's folder", error);
    return { student, dir: studentDir, katas: everyKata(katas, { kind: "invalid", reason }) };
  }
}

const LINKED = {
  kind: "refused",
  reason: "the student's folder is a symbolic link: only real folders are graded",
} as const;

/**
 * One student's folder on its own (`kata grade --single`, as Gradescope hands one submission
 * over): `dir` is the student's repository, its katas/ folder, or the kata files themselves.
 */
export async function findSubmission(dir: string, katas: readonly Kata[]): Promise<Submission> {
  const stats = await lstat(dir).catch(() => undefined);
  if (stats === undefined) throw new NoSubmissionsError(dir, "missing");
  const student = basename(dir);
  if (stats.isSymbolicLink()) return { student, dir, katas: everyKata(katas, LINKED) };
  if (!stats.isDirectory()) throw new NoSubmissionsError(dir, "unreadable");
  return scanStudent(dirname(dir), student, katas);
}

/**
 * Every student folder under `dir` (hidden folders and plain files are skipped), with what each
 * handed in for each kata, in the order of the students' names. A student folder that is a
 * symbolic link is a row of refusals: it is not followed, since it may lead anywhere.
 */
export async function findSubmissions(dir: string, katas: readonly Kata[]): Promise<Submission[]> {
  if (!existsSync(dir)) throw new NoSubmissionsError(dir, "missing");
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new NoSubmissionsError(dir, "unreadable");
  });
  const students = entries
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith("."))
    .toSorted((a, b) => a.name.localeCompare(b.name));
  if (students.length === 0) throw new NoSubmissionsError(dir, "empty");
  return Promise.all(
    students.map((e) =>
      e.isSymbolicLink()
        ? { student: e.name, dir: join(dir, e.name), katas: everyKata(katas, LINKED) }
        : scanStudent(dir, e.name, katas),
    ),
  );
}
