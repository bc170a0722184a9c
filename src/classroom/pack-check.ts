import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { NotAPackError } from "./errors.ts";

/**
 * The pack a platform's files go into, checked (returns its absolute path): it has katas/ and
 * the step script, and no solutions/ (the teacher's repository must never become a template).
 */
export function checkPack(dir: string): string {
  const pack = resolve(dir);
  if (!existsSync(join(pack, "katas"))) throw new NotAPackError(dir, "missing");
  if (existsSync(join(pack, "solutions"))) throw new NotAPackError(dir, "solutions");
  if (!existsSync(join(pack, "scripts/kata-steps.ts"))) throw new NotAPackError(dir, "old");
  return pack;
}
