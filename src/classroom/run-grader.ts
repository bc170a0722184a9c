import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { startTree, stopTree } from "../runner/process.ts";
import {
  type ChildKata,
  type ChildReply,
  type ChildReport,
  type ChildRequest,
  stderrMark,
} from "./grade-protocol.ts";
import { timerMs } from "./limits.ts";

const tsx = createRequire(import.meta.url).resolve("tsx");
const workerScript = fileURLToPath(new URL("./grade-child.ts", import.meta.url));

/** Seconds a request may take beyond its katas' own limits: vitest's start-up, under load. */
const STARTUP_SECONDS = 60;
/** How long an answer waits for the rest of its stderr, which comes through another pipe. */
const STDERR_GRACE_MS = 1000;
/** What the worker keeps of its stderr: enough for the last words of a crash. */
const STDERR_KEPT = 64_000;

/**
 * The environment of a grading worker, and so of the fork that runs the student's code: no
 * tokens or secrets of the teacher's shell, only what Node and vitest need.
 */
export function childEnv(env: NodeJS.ProcessEnv, seed: number): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG", "SYSTEMROOT"] as const;
  return {
    ...Object.fromEntries(keep.flatMap((k) => (env[k] === undefined ? [] : [[k, env[k]]]))),
    NODE_ENV: "test",
    NO_COLOR: "1",
    // One seed for the whole class: every student's properties meet the same inputs.
    FC_SEED: String(seed),
  };
}

export interface ChildRun {
  readonly report?: ChildReport;
  /** What this request's forks printed on stderr: why one died, when it did. */
  readonly stderr: string;
  /** How the worker ended, when it died during the request. */
  readonly died?: { readonly code: number | null; readonly signal: NodeJS.Signals | null };
}

/**
 * The part of a worker's stderr that belongs to request `id` (pure): from that request's last
 * start mark, without Node's warnings about its own experimental features.
 */
export function stderrOf(text: string, id: number): string {
  const start = text.lastIndexOf(stderrMark("start", id));
  const section = start < 0 ? text : text.slice(start + stderrMark("start", id).length);
  const end = section.indexOf(stderrMark("end", id));
  return (end < 0 ? section : section.slice(0, end))
    .split("\n")
    .filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l) && !l.includes("\u0000"))
    .join("\n")
    .trim();
}

/**
 * One lane of grading: a worker process that grades one student at a time and is replaced when
 * it leaves (a kata hung) or dies. Its process group is killed whenever it goes, which takes
 * down a hung fork with it. Once closed (grading stopped), it runs nothing more.
 */
export class GradingWorker {
  #child: ChildProcess | undefined;
  #stderr = "";
  #requests = 0;
  #closed = false;

  constructor(
    private readonly cwd: string,
    private readonly seed: number,
  ) {}

  #start(): ChildProcess {
    const child = startTree(process.execPath, ["--import", tsx, workerScript], {
      cwd: this.cwd,
      env: childEnv(process.env, this.seed),
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.#stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-STDERR_KEPT);
    });
    child.on("exit", () => {
      stopTree(child.pid);
      if (this.#child === child) this.#child = undefined;
    });
    // A worker that died before it could be sent anything is seen at its exit.
    child.on("error", () => stopTree(child.pid));
    return child;
  }

  /** Sends one request and waits for its answer, for the worker's death, or for the backstop. */
  run(request: Omit<ChildRequest, "id">): Promise<ChildRun> {
    if (this.#closed) return Promise.resolve({ stderr: "" });
    this.#child ??= this.#start();
    const child = this.#child;
    const id = ++this.#requests;
    const limit = STARTUP_SECONDS + request.timeoutSeconds * (request.katas.length + 1);
    return new Promise((done) => {
      let report: ChildReport | undefined;
      let settled = false;
      const finish = (died?: ChildRun["died"]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(waiting);
        child.off("message", onMessage);
        child.off("exit", onExit);
        const stderr = stderrOf(this.#stderr, id);
        done({ ...(report ? { report } : {}), stderr, ...(died ? { died } : {}) });
      };
      let waiting: NodeJS.Timeout | undefined;
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        // A worker that leaves after a hang exits on purpose; one that never answered died.
        setTimeout(() => finish(report ? undefined : { code, signal }), 50);
      const onMessage = (answer: ChildReply) => {
        report = answer.report;
        // A worker that leaves is waited for: its group must be gone before the next request.
        if (answer.leaving) return;
        // The answer comes through IPC, the forks' last words through stderr: wait for the mark.
        const since = Date.now();
        waiting = setInterval(() => {
          const seen = this.#stderr.lastIndexOf(stderrMark("end", id));
          if (
            seen > this.#stderr.lastIndexOf(stderrMark("start", id)) ||
            Date.now() - since > STDERR_GRACE_MS
          )
            finish();
        }, 20);
      };
      const timer = setTimeout(() => {
        stopTree(child.pid);
        finish({ code: null, signal: "SIGKILL" });
      }, timerMs(limit));
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ ...request, id } satisfies ChildRequest, (error) => {
        if (error) finish({ code: null, signal: null });
      });
    });
  }

  close(): void {
    this.#closed = true;
    if (this.#child) stopTree(this.#child.pid);
    this.#child = undefined;
  }
}

/** The fork's own last words name a crash better than vitest does ("Worker forks emitted error"). */
function withCause(result: ChildKata, stderr: string): ChildKata {
  if (result.kind !== "crashed" || !/heap out of memory/.test(stderr)) return result;
  const message = "JavaScript heap out of memory: the code went over the memory limit";
  return { ...result, errors: [{ message }, ...result.errors] };
}

/** Why a worker that answered nothing is gone (pure): a signal says more than stderr's tail. */
export function deathOf(run: ChildRun): string {
  const tail = run.stderr.split("\n").slice(-5).join("\n");
  const signal = run.died?.signal;
  if (signal && signal !== "SIGKILL")
    return `the grader's worker process died (${signal})${tail ? `: ${tail}` : ""}`;
  return tail || "the grader stopped";
}

/**
 * Runs `katas` for one student until each has a result: a run stops at the first kata that hangs
 * or crashes, so the katas it did not reach are asked for again. A run that reports nothing
 * ends the loop; those katas are then recorded as crashed, with why the worker went.
 */
export async function runAll(
  worker: GradingWorker,
  base: Omit<ChildRequest, "katas" | "id">,
  katas: readonly string[],
): Promise<Record<string, ChildKata>> {
  const results: Record<string, ChildKata> = {};
  let remaining = [...katas];
  while (remaining.length > 0) {
    const run = await worker.run({ ...base, katas: remaining });
    const reached = remaining.filter((id) => run.report?.katas[id] !== undefined);
    for (const id of reached) {
      const result = run.report?.katas[id];
      if (result) results[id] = withCause(result, run.stderr);
    }
    if (reached.length === 0) {
      const message = deathOf(run);
      for (const id of remaining)
        results[id] = { kind: "crashed", tests: [], errors: [{ message }] };
      break;
    }
    remaining = remaining.filter((id) => !reached.includes(id));
  }
  return results;
}
