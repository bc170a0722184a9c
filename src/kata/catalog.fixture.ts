// Test data only: `*.fixture.ts` files are not shipped in student packs.
import { type Kata, kataFiles } from "./catalog.ts";

/** A kata as the catalog loads it, for tests: `kata("singleton", ["one", "two"])`. */
export function kata(id: string, steps: readonly string[] = ["one", "two"], order = 1): Kata {
  return {
    id,
    files: kataFiles(id),
    manifest: {
      id,
      title: `The ${id} kata`,
      order,
      track: "patterns",
      difficulty: "easy",
      tags: [],
      python: "original.py",
      api: ["demo"],
      steps: steps.map((s) => ({ id: s, title: s, hints: ["think"] })),
    },
  };
}
