import { stepWords, testTitle } from "../i18n/kata-words.ts";
import type { ResultWords } from "../i18n/result-words.ts";
import type { Kata } from "../kata/catalog.ts";
import type { Locale } from "../kata/manifest.ts";
import type { ResultsV3 } from "./results-json.ts";

/** One step of one kata, as a platform shows it: passed or not, its points, what to read. */
export interface StepVerdict {
  readonly kata: string;
  /** The step's number, from 1, and how many the kata has. */
  readonly n: number;
  readonly of: number;
  readonly step: string;
  readonly name: string;
  readonly passed: boolean;
  readonly tests: { readonly passed: number; readonly total: number };
  readonly points: { readonly passed: number; readonly total: number };
  readonly output: string;
}

/** A kata test run that produced no results at all: what it said instead. */
export interface NoResults {
  readonly error: string;
}

const firstLine = (text: string) =>
  (text.split("\n").find((l) => l.trim() !== "") ?? "").trim().slice(0, 300);

/**
 * Each step of `kata` from `kata test --reporter json` (Exercism's results.json v3, whose
 * `task_id` is the step's number) (pure): a step passes when it ran tests and every one passed;
 * it earns its share of `points` then. When the kata did not get to its tests (type errors, a
 * file that does not load, a time-out), every step says why.
 */
export function stepVerdicts(
  kata: Kata,
  run: ResultsV3 | NoResults,
  points: readonly number[],
  locale: Locale,
  r: ResultWords,
): StepVerdict[] {
  const steps = kata.manifest.steps;
  return steps.map((step, i) => {
    const n = i + 1;
    const own = "error" in run ? [] : run.tests.filter((t) => t.task_id === n);
    const green = own.filter((t) => t.status === "pass").length;
    const passed = own.length > 0 && green === own.length;
    const max = points[i] ?? 0;
    const failed = own.find((t) => t.status !== "pass");
    const problem = "error" in run ? run.error : run.status === "error" ? (run.message ?? "") : "";
    const output = passed
      ? r.passed(own.length)
      : failed
        ? r.failing(
            own.length - green,
            own.length,
            `${testTitle(kata.manifest, failed.name.replace(`${step.id} > `, ""), locale)}: ${firstLine(failed.message ?? "")}`,
          )
        : r.notRun(r.why.error(firstLine(problem) || "no test of this step ran"));
    return {
      kata: kata.id,
      n,
      of: steps.length,
      step: step.id,
      name: r.stepName(kata.id, n, steps.length, stepWords(kata.manifest, step, locale).title),
      passed,
      tests: { passed: green, total: own.length },
      points: { passed: passed ? max : 0, total: max },
      output,
    };
  });
}

/** A table cell of GitHub's Markdown: no line break, no unescaped pipe. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * Every step as a job summary (pure): the points first, then one row per step, in GitHub's
 * Markdown.
 */
export function stepsMarkdown(verdicts: readonly StepVerdict[], r: ResultWords): string {
  const earned = verdicts.reduce((n, v) => n + v.points.passed, 0);
  const max = verdicts.reduce((n, v) => n + v.points.total, 0);
  const t = r.table;
  const rows = verdicts.map(
    (v) =>
      `| ${cell(v.kata)} | ${cell(v.name)} | ${v.passed ? `✅ ${t.passed}` : `❌ ${cell(v.output)}`} | ${v.points.passed}/${v.points.total} |`,
  );
  return [
    `## ${t.heading(earned, max)}`,
    "",
    `| ${t.kata} | ${t.step} | ${t.result} | ${t.points} |`,
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
