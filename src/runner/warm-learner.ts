import { greenIn } from "../kata/report.ts";
import type { ChildJob, ChildResult } from "./child.ts";
import { type LearnerRun, runPart, type StartChild } from "./run-learner.ts";
import type { WarmSpecs } from "./warm-specs.ts";

type SpecJob = Extract<ChildJob, { kind: "spec" }>;

/**
 * A spec job as the daemon runs it, with the stages and words of a cold child's (`runLearner`):
 * the module check in a one-off runner child, the tests in the warm vitest, and demo() against
 * CPython's transcript, for the green targets, in another one-off child. Learner code thus runs
 * only in processes and worker threads that end with their run.
 */
export async function runWarmLearner(
  run: LearnerRun & { readonly job: SpecJob },
  warm: WarmSpecs,
  start: StartChild,
): Promise<ChildResult> {
  const { job } = run;
  if (job.checks.length > 0) {
    const checked = await runPart({ ...run, job: { kind: "check", checks: job.checks } }, start);
    if (checked.kind === "parity") throw new Error("a check job answered with a parity");
    if (checked.kind !== "checked") return checked;
  }
  const tests = await warm.run({
    targets: job.targets,
    testTimeout: job.testTimeout,
    timeoutSeconds: run.timeoutSeconds,
    env: run.env ?? process.env,
    ...(run.signal ? { signal: run.signal } : {}),
  });
  if (tests.kind === "crashed") {
    const file = job.checks[0]?.module ?? "the kata";
    return { kind: "load-error", file, message: "the test run crashed" };
  }
  if (tests.kind === "timeout") return tests;
  const parity = (job.parity ?? []).filter((p) => greenIn(tests.report, p.target));
  if (parity.length === 0) return { kind: "tests", report: tests.report, parity: {} };
  const compared = await runPart({ ...run, job: { kind: "parity", checks: [], parity } }, start);
  if (compared.kind === "checked") throw new Error("a parity job answered with a check");
  if (compared.kind !== "parity") return compared;
  return { kind: "tests", report: tests.report, parity: compared.parity };
}
