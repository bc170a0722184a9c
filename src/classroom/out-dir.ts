import { constants } from "node:fs";
import { mkdir, open, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { OutDirError } from "./errors.ts";

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "unknown";

/**
 * Makes `dir` ready for the reports before anything is graded, or says why it cannot be: a file
 * in the way, a folder that cannot be made, or one that cannot be written (a probe file is
 * written and removed). Folders are made one at a time: `mkdir(..., { recursive: true })` never
 * returns under /proc in Node 20. Returns the absolute folder.
 */
export async function prepareOutDir(dir: string): Promise<string> {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    const stats = await stat(at).catch((error: unknown) => {
      if (codeOf(error) !== "ENOENT") throw new OutDirError(dir, "create", codeOf(error));
      return undefined;
    });
    if (stats?.isDirectory()) break;
    if (stats) throw new OutDirError(dir, at === target ? "file" : "create", "ENOTDIR");
    if (at === dirname(at)) throw new OutDirError(dir, "create", "ENOENT");
    missing.unshift(at);
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if (codeOf(error) !== "EEXIST") throw new OutDirError(dir, "create", codeOf(error));
    });
  }
  const probe = join(target, `.kata-write-check-${process.pid}`);
  try {
    const handle = await open(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
    await handle.close();
  } catch (error) {
    throw new OutDirError(dir, "write", codeOf(error));
  }
  await rm(probe, { force: true });
  return target;
}
