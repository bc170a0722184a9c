import { match } from "ts-pattern";
import { kataTitle, stepWords } from "../i18n/kata-words.ts";
import { type ResultWords, resultWords } from "../i18n/result-words.ts";
import type { Kata } from "../kata/catalog.ts";
import type { Locale } from "../kata/manifest.ts";
import type { ClassroomMessages } from "./messages.ts";
import { type ClassReport, type KataGrade, totalPoints } from "./report.ts";

/** Who sees a test on Gradescope, and when (its documented `visibility` values). */
export const VISIBILITIES = ["visible", "hidden", "after_due_date", "after_published"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** One test case of Gradescope's results.json: here, one step of one kata. */
export interface GradescopeTest {
  readonly name: string;
  readonly number: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: "passed" | "failed";
  readonly output: string;
  readonly tags: readonly string[];
  readonly visibility: Visibility;
}

/**
 * Gradescope's results.json, as its autograder specification describes it: the score, the
 * run's time in seconds, a text for the whole submission, visibilities, and the test cases.
 */
export interface GradescopeResults {
  readonly score: number;
  readonly execution_time: number;
  readonly output: string;
  readonly visibility: Visibility;
  readonly stdout_visibility: Visibility;
  readonly tests: readonly GradescopeTest[];
}

/** Gradescope shows `output` in a collapsed <pre>; keep it readable. */
const MAX_OUTPUT = 4000;
const clip = (text: string) => (text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}…` : text);

/** Why a kata's steps did not run, by its outcome. */
function why(grade: KataGrade, r: ResultWords): string {
  const detail = grade.detail ?? "";
  return match(grade.outcome)
    .with("timeout", () => r.why.timeout(detail))
    .with("load-error", () => r.why.loadError(detail))
    .with("crashed", () => r.why.crashed(detail))
    .with("refused", () => r.why.refused(detail))
    .with("missing", () => r.why.missing)
    .with("passed", "failing", () => detail)
    .exhaustive();
}

function stepOutput(grade: KataGrade, index: number, r: ResultWords): string {
  const step = grade.byStep[index];
  if (grade.outcome === "refused") return `${r.notRun(why(grade, r))}\n${r.refusedNoPoints}`;
  if (step?.passed) return r.passed(step.tests.total);
  if (step && step.tests.total > 0)
    return r.failing(step.tests.total - step.tests.passed, step.tests.total, step.detail ?? "");
  return r.notRun(why(grade, r));
}

/**
 * One submission's grade as Gradescope's results.json (pure): one test case per kata step, named
 * and explained in the learner's language, worth its share of the kata's points (the same
 * `stepPoints` as every report). A refused kata scores nothing and says so.
 */
export function gradescopeResults(
  report: ClassReport,
  katas: readonly Kata[],
  locale: Locale,
  visibility: Visibility,
  c: ClassroomMessages,
): GradescopeResults {
  const [student] = report.students;
  if (student === undefined || report.students.length !== 1)
    throw new Error(`Gradescope grades one submission at a time, not ${report.students.length}`);
  const r = resultWords(locale);
  const tests = student.katas.flatMap((grade, k) => {
    const kata = katas.find((x) => x.id === grade.kata);
    const steps = kata?.manifest.steps ?? [];
    return grade.byStep.map((step, i): GradescopeTest => {
      const manifestStep = steps[i];
      const title =
        kata && manifestStep ? stepWords(kata.manifest, manifestStep, locale).title : step.step;
      return {
        name: r.stepName(grade.kata, i + 1, grade.byStep.length, title),
        number: `${k + 1}.${i + 1}`,
        score: step.points.passed,
        max_score: step.points.total,
        status: step.passed && grade.outcome !== "refused" ? "passed" : "failed",
        output: clip(stepOutput(grade, i, r)),
        tags: [grade.kata],
        visibility,
      };
    });
  });
  const points = totalPoints(student);
  const passed = student.katas.filter((k) => k.outcome === "passed").length;
  const titles = student.katas
    .filter((k) => k.outcome !== "passed")
    .map((k) => {
      const kata = katas.find((x) => x.id === k.kata);
      return `- ${kata ? kataTitle(kata.manifest, locale) : k.kata}: ${c.grade.outcomes[k.outcome]}`;
    });
  return {
    score: points.passed,
    execution_time: Math.round(report.seconds),
    output: [r.summary(points.passed, points.total, passed, student.katas.length), ...titles].join(
      "\n",
    ),
    visibility,
    // The grader's own output names paths on the autograder's machine: for the teacher only.
    stdout_visibility: "hidden",
    tests,
  };
}
