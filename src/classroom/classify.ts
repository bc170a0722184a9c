import type { ChildKata, ErrorInfo, GradedTest } from "./grade-protocol.ts";
import type { Count, KataGrade, Outcome, StepGrade } from "./report.ts";
import { isRefusal } from "./sandbox-args.ts";
import type { SubmittedKata } from "./submissions.ts";

/** The kata as the grader needs it: its id, the manifest's step ids in order, their points. */
export interface GradedKata {
  readonly id: string;
  readonly steps: readonly string[];
  /** Each step's share of the kata's points (`stepPoints`), in the same order. */
  readonly points: readonly number[];
}

const TIMED_OUT = /(Test|Hook) timed out in \d+ms/;
const EXITED = /process\.exit unexpectedly called/;

/** A message's lines without the frame oxc draws around a code excerpt. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) =>
      l
        .replace(/^[\s─╭╰│┬┴├┤·]+/, "")
        .replace(/^\[\s*(.*?)\s*\]$/, "$1")
        .trim(),
    )
    .filter((l) => l !== "" && !/^Transform failed with \d+ errors?:$/.test(l));
const firstLine = (text: string) => lines(text)[0] ?? text;
/** A load error's first line is often only "Transform failed with 1 error:"; keep what follows. */
const opening = (text: string) => lines(text).slice(0, 3).join(" · ").slice(0, 300);

/** Each step's tests, whether they all passed, and its points: earned only when `credited`. */
function byStep(kata: GradedKata, tests: readonly GradedTest[], credited: boolean): StepGrade[] {
  return kata.steps.map((step, i) => {
    const own = tests.filter((t) => t.step === step);
    const passed = own.length > 0 && own.every((t) => t.state === "passed");
    const max = kata.points[i] ?? 0;
    const failed = own.find((t) => t.state !== "passed");
    return {
      step,
      passed,
      tests: { passed: own.filter((t) => t.state === "passed").length, total: own.length },
      points: { passed: passed && credited ? max : 0, total: max },
      ...(failed
        ? { detail: `${failed.name}${failed.error ? `: ${firstLine(failed.error.message)}` : ""}` }
        : {}),
    };
  });
}

const count = (steps: readonly StepGrade[], of: (s: StepGrade) => Count): Count => ({
  passed: steps.reduce((n, s) => n + of(s).passed, 0),
  total: steps.reduce((n, s) => n + of(s).total, 0),
});

function refusal(error: ErrorInfo): string {
  const what = [error.permission, error.resource].filter(Boolean).join(" ");
  return `refused by the sandbox: ${what || firstLine(error.message)}`;
}

function describeFailure(test: GradedTest): string {
  const why = test.error ? `: ${firstLine(test.error.message)}` : "";
  return `${test.step} › ${test.name}${why}`;
}

/**
 * One cell of the grid (pure): what the student handed in and what its run did become an outcome,
 * steps passed and the detail worth reading. A refusal by the sandbox outranks everything, then a
 * time-out, a crash, a load error; otherwise the kata passed or is failing.
 */
export function classify(
  kata: GradedKata,
  submitted: SubmittedKata,
  run: ChildKata | undefined,
): KataGrade {
  const cell = (outcome: Outcome, detail: string, tests: readonly GradedTest[] = []): KataGrade => {
    // A refusal earns nothing: the teacher looks at it and decides.
    const steps = byStep(kata, tests, outcome !== "refused");
    return {
      kata: kata.id,
      outcome,
      steps: { passed: steps.filter((s) => s.passed).length, total: kata.steps.length },
      tests: { passed: tests.filter((t) => t.state === "passed").length, total: tests.length },
      points: count(steps, (s) => s.points),
      byStep: steps,
      ...(detail ? { detail } : {}),
    };
  };
  if (submitted.kind === "missing") return cell("missing", "no file for this kata");
  if (submitted.kind === "refused") return cell("refused", submitted.reason);
  if (submitted.kind === "invalid") return cell("load-error", submitted.reason);
  if (run === undefined) return cell("crashed", "the grader never reached this kata");

  const { tests } = run;
  const moduleErrors = run.kind === "timeout" ? [] : run.errors;
  const errors = [...moduleErrors, ...tests.flatMap((t) => (t.error ? [t.error] : []))];
  const refused = errors.find(isRefusal);
  if (refused) return cell("refused", refusal(refused), tests);
  if (run.kind === "timeout") return cell("timeout", `still running after ${run.seconds} s`, tests);
  if (run.kind === "crashed") {
    if (run.cause) return cell("crashed", run.cause, tests);
    const why = moduleErrors[0] ? `: ${firstLine(moduleErrors[0].message)}` : "";
    return cell("crashed", `the process running the tests died${why}`, tests);
  }
  const exited = moduleErrors.find((e) => EXITED.test(e.message));
  if (exited) return cell("crashed", firstLine(exited.message), tests);
  const timedOut = tests.find((t) => t.error && TIMED_OUT.test(t.error.message));
  if (timedOut) return cell("timeout", describeFailure(timedOut), tests);
  if (moduleErrors[0] && tests.length === 0)
    return cell("load-error", opening(moduleErrors[0].message), tests);
  const failed = tests.find((t) => t.state !== "passed");
  if (failed || moduleErrors[0] || tests.length === 0) {
    const detail = failed
      ? describeFailure(failed)
      : moduleErrors[0]
        ? firstLine(moduleErrors[0].message)
        : "the spec ran no tests";
    return cell("failing", detail, tests);
  }
  return cell("passed", "", tests);
}
