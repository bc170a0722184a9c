// Grades a student's repository step by step, for the platforms that grade in it (shipped in
// every pack, written for by `kata classroom classroom50` and `kata classroom actions`):
//   npx tsx scripts/kata-steps.ts <id> <step>       one step, as a Classroom 50 `run` test:
//                                                   prints the step's result, exits 0 when it passed
//   npx tsx scripts/kata-steps.ts --all             every step of every kata, for GitHub Actions:
//       --points <file>    each kata's points per step ({ "katas": { "<id>": [3, 3, 2, 2] } })
//       --summary <file>   appends a Markdown table (the job summary, $GITHUB_STEP_SUMMARY)
//       --json <file>      writes every step's result (the artifact)
//   both: --timeout <s> (kata test's limit), --lang en|zh-CN
// Each kata runs once through `kata test <id> --reporter json`; within one GitHub Actions job
// ($RUNNER_TEMP) its results are kept, so the next step of the same kata costs no second run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { pickLocale } from "../src/i18n/locale.ts";
import { resultWords } from "../src/i18n/result-words.ts";
import { findKata, type Kata, loadCatalog } from "../src/kata/catalog.ts";
import type { ResultsV3 } from "../src/render/results-json.ts";
import {
  type NoResults,
  type StepVerdict,
  stepsMarkdown,
  stepVerdicts,
} from "../src/render/step-report.ts";

const root = join(import.meta.dirname, "..");

const resultsV3 = z.object({
  version: z.literal(3),
  status: z.enum(["pass", "fail", "error"]),
  message: z.string().optional(),
  tests: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["pass", "fail", "error"]),
      message: z.string().optional(),
      task_id: z.number(),
    }),
  ),
});
const pointsFile = z.object({ katas: z.record(z.string(), z.array(z.number().int().min(0))) });

const { values, positionals } = parseArgs({
  options: {
    all: { type: "boolean" },
    points: { type: "string" },
    summary: { type: "string" },
    json: { type: "string" },
    timeout: { type: "string" },
    lang: { type: "string" },
  },
  allowPositionals: true,
});
const locale = pickLocale(values.lang, process.env);
const words = resultWords(locale);
const timeout = values.timeout ?? "10";

/** The kata's results, from this job's cache or from one `kata test` run. */
async function resultsOf(id: string): Promise<ResultsV3 | NoResults> {
  const cache = process.env.RUNNER_TEMP
    ? join(process.env.RUNNER_TEMP, "kata-steps", `${id}.json`)
    : undefined;
  if (cache && existsSync(cache)) return JSON.parse(await readFile(cache, "utf8"));
  const run = spawnSync(
    process.execPath,
    [
      join(root, "bin/kata.js"),
      "test",
      id,
      "--reporter",
      "json",
      "--timeout",
      timeout,
      "--lang",
      locale,
    ],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      // Grading runs each call as a process of its own: never the learner's daemon, whether or
      // not the platform sets CI.
      env: { ...process.env, KATA_DAEMON: "0" },
    },
  );
  let results: ResultsV3 | NoResults;
  try {
    results = resultsV3.parse(JSON.parse(run.stdout));
  } catch {
    results = {
      error:
        (run.stderr || run.stdout).trim().split("\n").slice(0, 3).join(" ") || `exit ${run.status}`,
    };
  }
  if (cache) {
    await mkdir(dirname(cache), { recursive: true });
    await writeFile(cache, JSON.stringify(results));
  }
  return results;
}

/** Equal whole points when no points file says otherwise: one per step. */
const defaultPoints = (kata: Kata) => kata.manifest.steps.map(() => 1);

async function oneStep(id: string, step: string): Promise<number> {
  const kata = await findKata(root, id);
  const n = Number(step);
  const verdict = stepVerdicts(kata, await resultsOf(id), defaultPoints(kata), locale, words)[
    n - 1
  ];
  if (!verdict) {
    process.stderr.write(`${id} has ${kata.manifest.steps.length} steps, not "${step}"\n`);
    return 2;
  }
  process.stdout.write(`${verdict.name}\n${verdict.output}\n`);
  return verdict.passed ? 0 : 1;
}

async function everyStep(): Promise<number> {
  const points = values.points
    ? pointsFile.parse(JSON.parse(await readFile(values.points, "utf8"))).katas
    : {};
  const verdicts: StepVerdict[] = [];
  for (const kata of await loadCatalog(root)) {
    const shares = points[kata.id] ?? defaultPoints(kata);
    verdicts.push(...stepVerdicts(kata, await resultsOf(kata.id), shares, locale, words));
  }
  const table = stepsMarkdown(verdicts, words);
  process.stdout.write(table);
  if (values.summary) await appendFile(values.summary, table);
  if (values.json) {
    await mkdir(dirname(values.json), { recursive: true });
    const total = (of: "passed" | "total") => verdicts.reduce((n, v) => n + v.points[of], 0);
    const json = {
      version: 1,
      points: { passed: total("passed"), total: total("total") },
      steps: verdicts,
    };
    await writeFile(values.json, `${JSON.stringify(json, null, 2)}\n`);
  }
  return verdicts.every((v) => v.passed) ? 0 : 1;
}

async function main(): Promise<number> {
  const [id, step] = positionals;
  if (values.all) return everyStep();
  if (id !== undefined && step !== undefined && positionals.length === 2) return oneStep(id, step);
  process.stderr.write(
    "Usage: npx tsx scripts/kata-steps.ts <id> <step> | --all [--points f] [--summary f] [--json f]\n",
  );
  return 2;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A broken repository (an unknown kata, a manifest that does not parse): one line, exit 2.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
