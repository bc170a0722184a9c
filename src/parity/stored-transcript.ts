import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export { stdoutLines } from "./parity-of.ts";

/**
 * What CPython printed for a kata's original.py, stored beside it as `transcript.json` so that
 * no learner run has to load CPython (seconds) to compare the port's demo() with it. It is
 * keyed by the hash of original.py and the pyodide release that ran it; `kata verify` checks
 * it against CPython, and `npm run transcripts` writes it.
 */
export interface StoredTranscript {
  /** The CPython version that printed it, say "3.14.2". */
  readonly python: string;
  /** The pyodide package that ran CPython. */
  readonly pyodide: string;
  /** The hash of original.py's text. */
  readonly source: string;
  readonly lines: readonly string[];
}

/** `katas/<id>/transcript.json`, beside the Python original. */
export const transcriptFileOf = (pythonFile: string): string =>
  join(dirname(pythonFile), "transcript.json");

/** The hash a stored transcript records for the Python source it was printed by. */
export const pythonHash = (source: string): string =>
  createHash("sha256").update(source).digest("hex").slice(0, 16);

/** The pyodide release installed, read from its package.json without loading it. */
export const pyodideVersion = (): string =>
  (createRequire(import.meta.url)("pyodide/package.json") as { version: string }).version;

/**
 * The stored transcript of `pythonFile` when it is still true: same source, same pyodide.
 * Undefined when it is missing, unreadable or stale; then CPython has to run.
 */
export async function freshTranscript(
  root: string,
  pythonFile: string,
): Promise<StoredTranscript | undefined> {
  try {
    const [source, stored] = await Promise.all([
      readFile(join(root, pythonFile), "utf8"),
      readFile(join(root, transcriptFileOf(pythonFile)), "utf8"),
    ]);
    const transcript = JSON.parse(stored) as StoredTranscript;
    const fresh =
      transcript.source === pythonHash(source) &&
      transcript.pyodide === pyodideVersion() &&
      Array.isArray(transcript.lines);
    return fresh ? transcript : undefined;
  } catch {
    return undefined;
  }
}

/** The file's text for a transcript (stable, one line per printed line, for readable diffs). */
export function transcriptJson(transcript: StoredTranscript): string {
  return `${JSON.stringify(transcript, null, 2)}\n`;
}
