// `npm run transcripts [id...]`: runs each kata's original.py in CPython (pyodide) and stores what
// it prints as katas/<id>/transcript.json, which `kata test` compares demo() with instead of
// loading CPython on every run. `kata verify` fails when a stored transcript is stale or wrong.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { findKata, kataIds } from "../src/kata/catalog.ts";
import { loadOracle } from "../src/parity/oracle.ts";
import {
  pyodideVersion,
  pythonHash,
  stdoutLines,
  transcriptFileOf,
  transcriptJson,
} from "../src/parity/stored-transcript.ts";

const root = join(import.meta.dirname, "..");
const requested = process.argv.slice(2);
const oracle = await loadOracle();
for (const id of requested.length > 0 ? requested : await kataIds(root)) {
  const kata = await findKata(root, id);
  const source = await readFile(join(root, kata.files.python), "utf8");
  const outcome = oracle.run(source);
  if (!outcome.ok) {
    console.error(`${kata.files.python} raised ${outcome.type}: ${outcome.message}`);
    process.exitCode = 1;
    continue;
  }
  const file = transcriptFileOf(kata.files.python);
  const transcript = {
    python: oracle.version,
    pyodide: pyodideVersion(),
    source: pythonHash(source),
    lines: stdoutLines(outcome.stdout),
  };
  await writeFile(join(root, file), transcriptJson(transcript));
  console.log(`${file}: ${transcript.lines.length} lines from CPython ${oracle.version}`);
}
