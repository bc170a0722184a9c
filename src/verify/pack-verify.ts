import type { Kata } from "../kata/catalog.ts";
import type { ExportDrift } from "../runner/exports.ts";
import type { Verdict } from "./verdict.ts";

/** What `kata verify` can check in a student pack, where there are no references or decoys. */
export interface StructureEvidence {
  readonly kata: Kata;
  readonly missingFiles: readonly string[];
  readonly stubExports: ExportDrift;
}

/**
 * Judges a kata of a pack (pure): its manifest loaded (or `kata verify` reports it broken), its
 * files are there, and the learner's file still exports the manifest's api. Extra exports are the
 * learner's own helpers, not a breach.
 */
export function judgeStructure({ kata, missingFiles, stubExports }: StructureEvidence): Verdict {
  const breaches = [
    ...missingFiles.map((f) => `${f} is missing`),
    ...(stubExports.missing.length > 0
      ? [
          `${kata.files.stub} does not export ${stubExports.missing.join(", ")} (listed in kata.json api)`,
        ]
      : []),
  ];
  return {
    id: kata.id,
    ok: breaches.length === 0,
    summary: `structure only, no references in a pack · files ${missingFiles.length === 0 ? "ok" : "missing"} · exports ${stubExports.missing.length === 0 ? "ok" : "missing"}`,
    breaches,
  };
}
