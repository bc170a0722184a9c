// Mutation testing of the kata specs: `npm run mutation` (every kata) or `npm run mutation -- proxy adapter`.
// Stryker mutates each reference (never its decoys) and runs only that kata's spec against every
// mutant, in the vitest project `solutions`; a surviving mutant is a wrong program the spec accepts.
// Shared options live in stryker.config.mjs; reports go to reports/mutation/<id>/ (git-ignored).
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { MutantResult } from "@stryker-mutator/api/core";
import { Stryker } from "@stryker-mutator/core";
import { kataFiles, kataIds } from "../src/kata/catalog.ts";

const root = process.cwd();
const reportDir = join("reports", "mutation");
const requested = process.argv.slice(2);
const ids = requested.length > 0 ? requested : await kataIds(root);

interface Row {
  readonly id: string;
  readonly killed: number;
  readonly survived: number;
  readonly timeout: number;
  readonly noCoverage: number;
  readonly errors: number;
}

/** Stryker's score: detected mutants (killed or timed out) over valid ones, in percent. */
const score = (r: Row): number =>
  (100 * (r.killed + r.timeout)) / (r.killed + r.timeout + r.survived + r.noCoverage);

function tally(id: string, results: readonly MutantResult[]): Row {
  const count = (...statuses: string[]) =>
    results.filter((m) => statuses.includes(m.status)).length;
  return {
    id,
    killed: count("Killed"),
    survived: count("Survived"),
    timeout: count("Timeout"),
    noCoverage: count("NoCoverage"),
    errors: count("CompileError", "RuntimeError"),
  };
}

async function mutate(id: string): Promise<Row | string> {
  const files = kataFiles(id);
  if (!existsSync(files.reference) || !existsSync(files.spec)) return "no reference or spec";
  // config/vitest.mutation.ts reads it in Stryker's workers, which inherit our environment.
  process.env.MUTATION_KATA = id;
  const stryker = new Stryker({
    configFile: "stryker.config.mjs",
    mutate: [`${files.solutionDir}/**/*.ts`, `!${files.decoyDir}/**`],
    htmlReporter: { fileName: join(reportDir, id, "mutation.html") },
    jsonReporter: { fileName: join(reportDir, id, "mutation.json") },
  });
  try {
    return tally(id, await stryker.runMutationTest());
  } catch (error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  }
}

const lines = [
  "| kata | killed | survived | timeout | no coverage | errors | score |",
  "|---|--:|--:|--:|--:|--:|--:|",
];
let failed = false;
for (const id of ids) {
  const row = await mutate(id);
  if (typeof row === "string") {
    failed = true;
    lines.push(`| ${id} | not measured: ${row} | | | | | |`);
    continue;
  }
  const { killed, survived, timeout, noCoverage, errors } = row;
  lines.push(
    `| ${id} | ${killed} | ${survived} | ${timeout} | ${noCoverage} | ${errors} | ${score(row).toFixed(1)}% |`,
  );
}
const summary = `${lines.join("\n")}\n`;
await mkdir(reportDir, { recursive: true });
await writeFile(join(reportDir, "summary.md"), summary);
process.stdout.write(`\n${summary}`);
if (failed) process.exitCode = 1;
