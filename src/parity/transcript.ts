import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TranscriptParity } from "../kata/outcome.ts";
import { loadOracle } from "./oracle.ts";

/** Runs original.py in CPython and the module's demo(), and compares them line by line. */
export async function transcriptParity(
  root: string,
  pythonFile: string,
  module: string,
): Promise<TranscriptParity> {
  try {
    const oracle = await loadOracle();
    const outcome = oracle.run(await readFile(resolve(root, pythonFile), "utf8"));
    if (!outcome.ok)
      return { kind: "error", message: `${pythonFile} raised ${outcome.type}: ${outcome.message}` };
    const expected = outcome.stdout.replace(/\n$/, "").split("\n");
    const url = module.startsWith("file:") ? module : pathToFileURL(resolve(root, module)).href;
    const { demo } = (await import(url)) as {
      demo: () => string[] | Promise<string[]>;
    };
    const actual = await demo();
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      if (expected[i] !== actual[i]) {
        return {
          kind: "differ",
          python: oracle.version,
          line: i + 1,
          expected: expected[i] ?? "(no line)",
          actual: actual[i] ?? "(no line)",
        };
      }
    }
    return { kind: "same", python: oracle.version, lines: expected.length };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}
