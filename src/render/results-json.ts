import { match } from "ts-pattern";
import type { Kata } from "../kata/catalog.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import type { TestOutcome } from "../kata/report.ts";

/** Exercism's test-runner results, version 3: https://exercism.org/docs/building/tooling/test-runners/interface */
export interface ResultsV3 {
  readonly version: 3;
  readonly status: "pass" | "fail" | "error";
  readonly message?: string;
  readonly tests: readonly {
    readonly name: string;
    readonly status: "pass" | "fail" | "error";
    readonly message?: string;
    readonly output?: string;
    /** The step, counted from 1, as Exercism counts tasks. */
    readonly task_id: number;
  }[];
}

/** One outcome in Exercism's results.json v3 shape (pure). */
export function resultsV3(kata: Kata, outcome: KataOutcome): ResultsV3 {
  const steps = kata.manifest.steps.map((s) => s.id);
  const toV3 = (t: Pick<TestOutcome, "step" | "name" | "state" | "failures">) => ({
    name: `${t.step} > ${t.name}`,
    status: t.state === "passed" ? ("pass" as const) : ("fail" as const),
    ...(t.failures[0] ? { message: t.failures[0].message } : {}),
    task_id: steps.indexOf(t.step) + 1,
  });
  const error = (message: string): ResultsV3 => ({
    version: 3,
    status: "error",
    message,
    tests: [],
  });
  return match(outcome)
    .with({ kind: "type-errors" }, ({ diagnostics }) =>
      error(
        diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join("\n"),
      ),
    )
    .with({ kind: "load-error" }, ({ file, message }) => error(`${file} does not load: ${message}`))
    .with({ kind: "missing-exports" }, ({ file, missing }) =>
      error(`${file} does not export ${missing.join(", ")}`),
    )
    .with({ kind: "timeout" }, ({ seconds, tests = [], running }) => {
      // The tests that ended before the run was stopped still count; the one it was stopped in
      // failed, so its step does not pass on the strength of the tests that came before it.
      const message = `The tests did not finish within ${seconds} s.`;
      const stopped = running
        ? [
            {
              step: running.step,
              name: running.name,
              state: "failed" as const,
              failures: [{ message }],
            },
          ]
        : [];
      return { ...error(message), tests: [...tests, ...stopped].map(toV3) };
    })
    .with({ kind: "tests" }, ({ report }) => {
      const tests = report.tests.map(toV3);
      const loadError = report.loadErrors[0]?.failure.message;
      const results: ResultsV3 =
        loadError !== undefined
          ? { ...error(loadError), tests }
          : {
              version: 3,
              status: tests.every((t) => t.status === "pass") ? "pass" : "fail",
              tests,
            };
      return results;
    })
    .exhaustive();
}
