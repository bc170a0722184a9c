import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TranscriptParity } from "../kata/outcome.ts";
import { loadOracle } from "./oracle.ts";
import { parityOf } from "./parity-of.ts";
import { freshTranscript, stdoutLines } from "./stored-transcript.ts";

/** What original.py prints: the stored transcript when fresh, else CPython itself (seconds). */
async function pythonLines(
  root: string,
  pythonFile: string,
): Promise<{ python: string; lines: readonly string[] } | { error: string }> {
  const stored = await freshTranscript(root, pythonFile);
  if (stored) return stored;
  const oracle = await loadOracle();
  const outcome = oracle.run(await readFile(resolve(root, pythonFile), "utf8"));
  if (!outcome.ok) return { error: `${pythonFile} raised ${outcome.type}: ${outcome.message}` };
  return { python: oracle.version, lines: stdoutLines(outcome.stdout) };
}

/** Compares the module's demo() with what original.py prints in CPython, line by line. */
export async function transcriptParity(
  root: string,
  pythonFile: string,
  module: string,
): Promise<TranscriptParity> {
  try {
    const python = await pythonLines(root, pythonFile);
    if ("error" in python) return { kind: "error", message: python.error };
    const expected = python.lines;
    const url = module.startsWith("file:") ? module : pathToFileURL(resolve(root, module)).href;
    const { demo } = (await import(url)) as {
      demo: () => string[] | Promise<string[]>;
    };
    return parityOf(python.python, expected, await demo());
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}
