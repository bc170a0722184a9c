import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KataOutcome } from "../kata/outcome.ts";
import type { RunReport } from "../kata/report.ts";
import { inTemporaryFolder, startTree, stopTree } from "./process.ts";
import { SPARE_PARENT } from "./spare-request.ts";
import type { Target } from "./targets.ts";
import { stoppedAt } from "./trace.ts";
import type { WarmMessage, WarmRequest } from "./warm-specs-child.ts";

const tsx = createRequire(import.meta.url).resolve("tsx");
const childScript = fileURLToPath(new URL("./warm-specs-child.ts", import.meta.url));
const lifeline = new URL("../../bin/spare-lifeline.js", import.meta.url).href;
/** Starting vitest is the tools' own work: a busy machine is not a hang. */
const TOOL_SECONDS = 90;

export interface WarmRun {
  readonly targets: readonly Target[];
  readonly testTimeout: number;
  /** The limit for the tests, in seconds, from their start. */
  readonly timeoutSeconds: number;
  readonly env: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
}

export type WarmResult =
  | { readonly kind: "tests"; readonly report: RunReport }
  | Extract<KataOutcome, { kind: "timeout" }>
  /** The process ended before it answered, not stopped by us (learner code ended it). */
  | { readonly kind: "crashed" };

export interface WarmSpecs {
  /** Runs the specs in the warm vitest; at the time limit its process is ended (a new one follows). */
  run(run: WarmRun): Promise<WarmResult>;
  /** The process of the last run, and how many runs it has served (for the daemon's log). */
  readonly served: () => { readonly pid: number | undefined; readonly runs: number };
  close(): void;
}

/**
 * The daemon's warm vitest, in a process of its own started ahead, reused from one `kata test`
 * to the next as long as nothing stops it. A run that hangs, or whose client leaves, ends that
 * process with its workers; the next run starts another.
 */
export function warmSpecs(root: string): WarmSpecs {
  let child: ChildProcess | undefined;
  const alive = (c: ChildProcess | undefined): boolean =>
    c !== undefined && c.exitCode === null && c.signalCode === null && c.connected;
  const spawnChild = (): ChildProcess => {
    const started = startTree(
      process.execPath,
      ["--import", lifeline, "--import", tsx, childScript],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "ignore", "ipc"],
        env: { ...process.env, [SPARE_PARENT]: String(process.pid) },
      },
    );
    started.on("error", () => {});
    return started;
  };
  child = spawnChild();
  let runs = 0;

  return {
    served: () => ({ pid: child?.pid, runs }),
    async run(run) {
      if (child === undefined || !alive(child)) {
        stopTree(child?.pid);
        child = spawnChild();
        runs = 0;
      }
      const running: ChildProcess = child;
      runs++;
      return inTemporaryFolder("kata-warm-", async (dir) => {
        const trace = join(dir, "trace.jsonl");
        const ended = await new Promise<RunReport | "timeout" | "stopped">((done) => {
          let timer: NodeJS.Timeout | undefined;
          const arm = (seconds: number) => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              stopTree(running.pid);
              done("timeout");
            }, seconds * 1000);
          };
          const onMessage = (message: WarmMessage) => {
            if (message.type === "start") arm(run.timeoutSeconds);
            if (message.type === "end") finish(message.report);
          };
          const onExit = () => finish("stopped");
          // The client's leaving ends this run only: once it is over, the process serves the next.
          const onAbort = () => stopTree(running.pid);
          const finish = (how: RunReport | "timeout" | "stopped") => {
            clearTimeout(timer);
            running.off("message", onMessage);
            running.off("exit", onExit);
            run.signal?.removeEventListener("abort", onAbort);
            done(how);
          };
          arm(TOOL_SECONDS);
          running.on("message", onMessage);
          running.once("exit", onExit);
          if (run.signal?.aborted) onAbort();
          run.signal?.addEventListener("abort", onAbort, { once: true });
          const request: WarmRequest = {
            root,
            targets: run.targets,
            testTimeout: run.testTimeout,
            env: { ...run.env, KATA_TRACE: trace },
          };
          running.send(request);
        });
        if (typeof ended === "object") return { kind: "tests", report: ended };
        if (ended === "stopped") return { kind: "crashed" };
        return stoppedAt(trace, run.targets[0]?.name ?? "", run.timeoutSeconds);
      });
    },
    close() {
      stopTree(child?.pid);
    },
  };
}
