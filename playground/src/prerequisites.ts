import references from "virtual:references";
import type { Kata } from "../../src/kata/catalog.ts";
import { type Progress, progressOf } from "../../src/kata/progress-state.ts";
import { katas } from "./katas.ts";
import { savedCode } from "./progress-store.ts";

/** The TypeScript files a kata's code imports besides its own, and where `#kata/<id>` points. */
export interface Prerequisites {
  /** Text of each file by its path: katas/<id>/<id>.ts (the learner's) or solutions/<id>/… */
  readonly files: Readonly<Record<string, string>>;
  /** `#kata/<id>` → the path of the file that answers it. */
  readonly kataPaths: Readonly<Record<string, string>>;
}

/** Every kata `kata` builds on, through `requires`, nearest first. */
function required(kata: Kata): Kata[] {
  const found: Kata[] = [];
  const visit = (k: Kata) => {
    for (const id of k.manifest.requires ?? []) {
      const next = katas.find((c) => c.id === id);
      if (next && !found.includes(next)) {
        found.push(next);
        visit(next);
      }
    }
  };
  visit(kata);
  return found;
}

/**
 * What the kata's code builds on, chosen as the CLI chooses (src/runner/targets.ts): a
 * prerequisite the learner has passed runs on their own code, any other on its reference.
 */
export async function prerequisites(kata: Kata, progress: Progress): Promise<Prerequisites> {
  const files: Record<string, string> = {};
  const kataPaths: Record<string, string> = {};
  const all = required(kata);
  for (const prerequisite of all) {
    const id = prerequisite.id;
    const own = savedCode(id);
    const passed = progressOf(progress, id).status === "passed" && own !== null;
    kataPaths[id] = passed ? prerequisite.files.stub : prerequisite.files.reference;
    if (passed) files[prerequisite.files.stub] = own;
  }
  // References import each other's files (../format-int/format-int.ts): all of them come along.
  for (const [path, load] of Object.entries(references)) {
    if (all.some((k) => path.startsWith(`${k.files.solutionDir}/`))) files[path] = await load();
  }
  return { files, kataPaths };
}
