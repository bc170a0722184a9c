import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Kata } from "../kata/catalog.ts";
import { committedFile } from "../runner/git.ts";

/**
 * Whether the learner has tried a kata: its file differs from the stub as committed. A kata
 * nobody touched stays "to do" when every kata is tested (`kata` without a terminal) or when
 * watch mode passes through it. Without git to ask, every kata counts as tried.
 */
export async function tried(root: string, kata: Kata): Promise<boolean> {
  const [stub, mine] = await Promise.all([
    committedFile(root, "HEAD", kata.files.stub),
    readFile(join(root, kata.files.stub), "utf8").catch(() => undefined),
  ]);
  return stub === undefined || mine !== stub;
}
