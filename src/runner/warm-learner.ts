import type { ChildProcess } from "node:child_process";
import { greenIn } from "../kata/report.ts";
import type { ChildJob, ChildResult, GreenTargets } from "./child.ts";
import { stopTree } from "./process.ts";
import { type LearnerRun, runPart, type StartChild } from "./run-learner.ts";
import type { WarmSpecs } from "./warm-specs.ts";

type SpecJob = Extract<ChildJob, { kind: "spec" }>;

/**
 * A spec job as the daemon runs it, with the stages and words of a cold child's (`runLearner`):
 * a one-off runner child checks that the learner's module loads and exports its api, the warm
 * vitest runs the tests, and the same child then compares demo() with CPython's transcript for
 * the targets that came out green. Learner code thus runs only in processes and worker threads
 * that end with their call, as in a cold child, which does the same three things in one process.
 */
export async function runWarmLearner(
  run: LearnerRun & { readonly job: SpecJob },
  warm: WarmSpecs,
  start: StartChild,
): Promise<ChildResult> {
  const { job } = run;
  let child: ChildProcess | undefined;
  let checked = () => {};
  const checkedNow = new Promise<"checked">((done) => {
    checked = () => done("checked");
  });
  const part = runPart(
    { ...run, job: { kind: "check-then-parity", checks: job.checks, parity: job.parity ?? [] } },
    (request, env, conditions) => {
      child = start(request, env, conditions);
      child.on("message", (m: { checked?: boolean }) => m.checked && checked());
      return child;
    },
  );
  // A module that does not load, or a hang while it loads, ends the part before any check.
  const first = await Promise.race([checkedNow, part]);
  if (first !== "checked") {
    if (first.kind === "parity") throw new Error("a parity before the tests");
    return first;
  }
  const tests = await warm.run({
    targets: job.targets,
    testTimeout: job.testTimeout,
    timeoutSeconds: run.timeoutSeconds,
    env: run.env ?? process.env,
    ...(run.signal ? { signal: run.signal } : {}),
  });
  if (tests.kind !== "tests") {
    stopTree(child?.pid);
    await part;
    if (tests.kind === "timeout") return tests;
    const file = job.checks[0]?.module ?? "the kata";
    return { kind: "load-error", file, message: "the test run crashed" };
  }
  const green: GreenTargets = {
    green: job.targets.map((t) => t.name).filter((name) => greenIn(tests.report, name)),
  };
  child?.send(green);
  const compared = await part;
  if (compared.kind !== "parity") return compared;
  return { kind: "tests", report: tests.report, parity: compared.parity };
}
