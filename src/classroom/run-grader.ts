import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { startTree, stopTree } from "../runner/process.ts";
import type { ChildKata, ChildReply, ChildReport, ChildRequest } from "./grade-protocol.ts";

const tsx = createRequire(import.meta.url).resolve("tsx");
const workerScript = fileURLToPath(new URL("./grade-child.ts", import.meta.url));

/** Seconds a request may take beyond its katas' own limits: vitest's start-up, under load. */
const STARTUP_SECONDS = 60;

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
  /** The end of what the worker printed on stderr: why it died, when it did. */
  readonly stderr: string;
}

/**
 * One lane of grading: a worker process that grades one student at a time and is replaced when
 * it leaves (a kata hung) or dies. Its process group is killed whenever it goes, which takes
 * down a hung fork with it.
 */
export class GradingWorker {
  #child: ChildProcess | undefined;
  #stderr = "";

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
      this.#stderr = (this.#stderr + chunk.toString()).slice(-16_000);
    });
    child.on("exit", () => {
      GradingWorker.#kill(child);
      if (this.#child === child) this.#child = undefined;
    });
    return child;
  }

  static #kill(child: ChildProcess): void {
    stopTree(child.pid);
  }

  /** Sends one request and waits for its answer, for the worker's death, or for the backstop. */
  run(request: ChildRequest): Promise<ChildRun> {
    this.#child ??= this.#start();
    const child = this.#child;
    const limit = STARTUP_SECONDS + request.timeoutSeconds * (request.katas.length + 1);
    return new Promise((done) => {
      let report: ChildReport | undefined;
      const finish = () => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        done({ ...(report ? { report } : {}), stderr: this.#stderr.trim() });
      };
      const onExit = () => finish();
      const onMessage = (answer: ChildReply) => {
        report = answer.report;
        // A worker that leaves is waited for: its group must be gone before the next request.
        if (!answer.leaving) finish();
      };
      const timer = setTimeout(() => {
        GradingWorker.#kill(child);
        finish();
      }, limit * 1000);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send(request);
    });
  }

  close(): void {
    if (this.#child) GradingWorker.#kill(this.#child);
    this.#child = undefined;
  }
}

/** The fork's own last words name a crash better than vitest does ("Worker forks emitted error"). */
function withCause(result: ChildKata, stderr: string): ChildKata {
  if (result.kind !== "crashed" || !/heap out of memory/.test(stderr)) return result;
  const message = "JavaScript heap out of memory: the code went over the memory limit";
  return { ...result, errors: [{ message }, ...result.errors] };
}

/**
 * Runs `katas` for one student until each has a result: a run stops at the first kata that hangs
 * or crashes, so the katas it did not reach are asked for again. A run that reports nothing
 * ends the loop; those katas are then recorded as crashed, with what the worker printed.
 */
export async function runAll(
  worker: GradingWorker,
  base: Omit<ChildRequest, "katas">,
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
      const message = run.stderr.split("\n").slice(-5).join("\n") || "the grader stopped";
      for (const id of remaining)
        results[id] = { kind: "crashed", tests: [], errors: [{ message }] };
      break;
    }
    remaining = remaining.filter((id) => !reached.includes(id));
  }
  return results;
}
