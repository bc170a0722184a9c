import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kata } from "../kata/catalog.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import { onInterrupt, startTree, stopTree } from "./process.ts";
import { traced } from "./trace.ts";
import type { WatchMessage, WatchRequest } from "./watch-child.ts";

export interface WarmRunner {
  close(): void;
}

const tsx = createRequire(import.meta.url).resolve("tsx");
const childScript = fileURLToPath(new URL("./watch-child.ts", import.meta.url));
const TOOL_SECONDS = 90;

/**
 * Keeps one vitest process warm for a kata and reports every run's outcome. A run that takes
 * longer than the limit is reported as a timeout; the process is killed and started again in
 * standalone mode, so it waits for the next save instead of running the hang again.
 */
export function warmRunner(
  root: string,
  kata: Kata,
  timeoutSeconds: number,
  onOutcome: (outcome: KataOutcome) => void,
  onStart: () => void = () => {},
  referencePrerequisites: readonly string[] = [],
): WarmRunner {
  let closed = false;
  let stop = () => {};
  // Where each run is, written by its tests as they go, so a hang can say which test hung.
  const traceDir = mkdtempSync(join(tmpdir(), "kata-watch-"));
  const trace = join(traceDir, "trace.jsonl");
  const forget = onInterrupt(() => rmSync(traceDir, { recursive: true, force: true }));
  const target = `${kata.id}:learner`;
  const start = (standalone: boolean) => {
    const request: WatchRequest = {
      root,
      target: {
        name: target,
        kata: kata.id,
        spec: kata.files.spec,
        impl: { kind: "learner" },
        referencePrerequisites,
      },
      module: kata.files.stub,
      python: kata.files.python,
      testTimeout: timeoutSeconds * 1000,
      standalone,
    };
    const child = startTree(
      process.execPath,
      [
        // As in `kata test`: the transcript check then meets the prerequisites' references too.
        ...(referencePrerequisites.length > 0 ? ["--conditions=solutions"] : []),
        "--import",
        tsx,
        childScript,
        JSON.stringify(request),
      ],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "ignore", "ipc"],
        env: { ...process.env, KATA_TRACE: trace },
      },
    );
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    const kill = () => {
      killed = true;
      clearTimeout(timer);
      stopTree(child.pid);
    };
    child.on("message", (message: WatchMessage) => {
      clearTimeout(timer);
      if (message.type === "end") return onOutcome(message.outcome);
      // Still running as far as the learner can tell: the rerun's "start" times the next run.
      if (message.type === "superseded") return;
      if (message.type === "start") {
        writeFileSync(trace, "");
        onStart();
      }
      const seconds = message.type === "start" ? timeoutSeconds : TOOL_SECONDS;
      timer = setTimeout(() => {
        kill();
        const where = traced(readFileSync(trace, { encoding: "utf8", flag: "a+" }), target);
        onOutcome({ kind: "timeout", seconds, ...where });
        if (!closed) start(true);
      }, seconds * 1000);
    });
    // If the runner dies on its own (learner code can call process.exit), bring it back.
    child.on("exit", () => {
      clearTimeout(timer);
      if (!killed && !closed) start(true);
    });
    stop = kill;
  };
  start(false);
  return {
    close() {
      closed = true;
      stop();
      rmSync(traceDir, { recursive: true, force: true });
      forget();
    },
  };
}
