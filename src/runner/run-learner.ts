import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KataOutcome } from "../kata/outcome.ts";
import type { ChildJob, ChildRequest, ChildResult, PartJob, PartResult, Phase } from "./child.ts";
import { inTemporaryFolder, startTree, stopTree } from "./process.ts";
import { stoppedAt } from "./trace.ts";

/** The tools' own phases get this long whatever `--timeout` says: a busy machine is not a hang. */
const TOOL_SECONDS = 90;

export interface LearnerRun {
  readonly root: string;
  readonly job: ChildJob;
  /** Wall-clock limit for the whole run, in seconds. */
  readonly timeoutSeconds: number;
  /** Extra Node conditions for the child, e.g. ["solutions"] so a kata's imports are references. */
  readonly conditions?: readonly string[];
  /** Ends the run early (its result is no longer wanted): the tree is stopped at once. */
  readonly signal?: AbortSignal;
  /** The child's environment: this process's by default (the daemon passes its client's). */
  readonly env?: NodeJS.ProcessEnv;
}

const tsx = createRequire(import.meta.url).resolve("tsx");
const childScript = fileURLToPath(new URL("./child.ts", import.meta.url));
const lifeline = new URL("../../bin/spare-lifeline.js", import.meta.url).href;

/** Starts the child that runs a request (the root of a tree `stopTree` ends); see `spareChild`. */
export type StartChild = (
  request: ChildRequest,
  env: NodeJS.ProcessEnv,
  conditions: readonly string[],
) => ChildProcess;

/** The node arguments of a runner child: a request on the command line, or `--spare` (child.ts). */
export function childArgs(
  conditions: readonly string[],
  request: ChildRequest | "--spare",
): string[] {
  return [
    ...(request === "--spare" ? ["--import", lifeline] : []),
    ...conditions.map((c) => `--conditions=${c}`),
    "--import",
    tsx,
    childScript,
    request === "--spare" ? request : JSON.stringify(request),
  ];
}

/** A new child for each run: Node, tsx and vitest start from nothing (the CLI's way). */
export const coldChild: StartChild = (request, env, conditions) =>
  startTree(process.execPath, childArgs(conditions, request), {
    cwd: request.root,
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    env,
  });

/**
 * Runs a job on learner code in a child process and kills it after the time limit: a hang
 * becomes `{ kind: "timeout" }`, never a frozen terminal.
 */
export const runLearner = (run: LearnerRun, start: StartChild = coldChild): Promise<ChildResult> =>
  runChild<ChildResult>(run, start);

/** The same for one of the daemon's halves of a spec job (`PartJob`). */
export const runPart = (
  run: Omit<LearnerRun, "job"> & { readonly job: PartJob },
  start: StartChild,
): Promise<PartResult> => runChild<PartResult>(run, start);

/** What any job may end in: stopped at the time limit, or a child that wrote nothing. */
type Failed = Extract<KataOutcome, { kind: "timeout" | "load-error" }>;

async function runChild<Result extends ChildResult | PartResult>(
  run: Omit<LearnerRun, "job"> & { readonly job: ChildJob | PartJob },
  start: StartChild,
): Promise<Result | Failed> {
  return inTemporaryFolder("kata-run-", async (dir) => {
    const out = join(dir, "outcome.json");
    const trace = join(dir, "trace.jsonl");
    const request: ChildRequest = { root: run.root, job: run.job, out };
    const env = { ...(run.env ?? process.env), KATA_TRACE: trace };
    const child = start(request, env, run.conditions ?? []);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 64_000) stderr += chunk.toString();
    });
    // Each phase re-arms the clock: learner phases get the learner's limit, tool phases more.
    const timedOut = await new Promise<boolean>((done) => {
      let timer: NodeJS.Timeout | undefined;
      const arm = (phase: Phase) => {
        clearTimeout(timer);
        // A child waiting for its parent (the daemon's tests, timed on their own) runs nothing.
        if (phase === "waiting") return;
        const learner = phase === "import" || phase === "tests" || phase === "compare";
        timer = setTimeout(
          () => {
            // The whole tree: vitest's workers die with the child.
            stopTree(child.pid);
            done(true);
          },
          (learner ? run.timeoutSeconds : TOOL_SECONDS) * 1000,
        );
      };
      arm("startup");
      if (run.signal?.aborted) stopTree(child.pid);
      run.signal?.addEventListener("abort", () => stopTree(child.pid), { once: true });
      child.on("message", (message: { phase?: Phase }) => {
        if (message.phase) arm(message.phase);
      });
      child.on("exit", () => {
        clearTimeout(timer);
        done(false);
      });
    });
    if (timedOut) {
      const target = run.job.kind === "spec" ? (run.job.targets[0]?.name ?? "") : "";
      return stoppedAt(trace, target, run.timeoutSeconds);
    }
    const text = await readFile(out, "utf8").catch(() => undefined);
    if (text === undefined) {
      const file = run.job.checks[0]?.module ?? "the kata";
      return { kind: "load-error", file, message: stderr.trim() || "the test run crashed" };
    }
    return JSON.parse(text) as Result;
  });
}
