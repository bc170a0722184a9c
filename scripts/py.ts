// Runs Python in the project's CPython (pyodide): `npx tsx scripts/py.ts 'print(format(0.125, ".2f"))'`
// or `npx tsx scripts/py.ts katas/singleton/original.py`. For developing katas and reproducing parity cases.
import { existsSync, readFileSync } from "node:fs";
import { loadOracle } from "../src/parity/oracle.ts";

const arg = process.argv[2] ?? "";
const source = existsSync(arg) ? readFileSync(arg, "utf8") : arg;
const oracle = await loadOracle();
const outcome = oracle.run(source);
process.stdout.write(outcome.stdout);
if (!outcome.ok) {
  process.stderr.write(`${outcome.type}: ${outcome.message}\n`);
  process.exitCode = 1;
}
