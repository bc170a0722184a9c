import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Kata } from "../kata/catalog.ts";
import type { PythonOracle } from "../parity/oracle.ts";
import { freshTranscript, stdoutLines, transcriptFileOf } from "../parity/stored-transcript.ts";

/**
 * What is wrong with a kata's stored transcript (empty when nothing): it must exist, match the
 * current original.py and pyodide, and equal what CPython prints now, line for line.
 */
export async function transcriptProblems(
  root: string,
  kata: Kata,
  oracle: () => Promise<PythonOracle>,
): Promise<string[]> {
  const file = transcriptFileOf(kata.files.python);
  const stored = await freshTranscript(root, kata.files.python);
  if (!stored) {
    return [
      `${file} is missing or stale (original.py or pyodide changed): run npm run transcripts ${kata.id}`,
    ];
  }
  const outcome = (await oracle()).run(await readFile(join(root, kata.files.python), "utf8"));
  if (!outcome.ok) return [`${kata.files.python} raised ${outcome.type}: ${outcome.message}`];
  const printed = stdoutLines(outcome.stdout);
  const line = printed.findIndex((l, i) => l !== stored.lines[i]);
  if (line === -1 && printed.length === stored.lines.length) return [];
  const at = line === -1 ? Math.min(printed.length, stored.lines.length) : line;
  return [
    `${file} differs from what CPython prints at line ${at + 1}: run npm run transcripts ${kata.id}`,
  ];
}
