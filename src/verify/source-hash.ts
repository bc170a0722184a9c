import { createHash } from "node:crypto";
import type { Manifest } from "../kata/manifest.ts";

/**
 * The hash of a kata's English words: its README and the manifest's title, step titles and
 * hints. A translation records the hash it was made from, so a change to the English shows.
 */
export function sourceHash(readme: string, manifest: Manifest): string {
  const words = {
    title: manifest.title,
    steps: manifest.steps.map(({ id, title, hints }) => ({ id, title, hints })),
  };
  return createHash("sha256")
    .update(readme)
    .update("\0")
    .update(JSON.stringify(words))
    .digest("hex")
    .slice(0, 16);
}

/** The hash of a plain document, for translations recorded in the document itself. */
export function documentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Reads `<!-- source: <hash> -->` from a translated document. */
export function recordedSource(translated: string): string | undefined {
  return /<!--\s*source:\s*([0-9a-f]{16})\s*-->/.exec(translated)?.[1];
}
