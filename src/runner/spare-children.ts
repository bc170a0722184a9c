import type { ChildProcess } from "node:child_process";
import type { ChildRequest } from "./child.ts";
import { startTree, stopTree } from "./process.ts";
import { childArgs, type StartChild } from "./run-learner.ts";
import { SPARE_PARENT, type SpareMessage } from "./spare-request.ts";

export interface SpareChildren {
  /** Hands a run to a spare started earlier (or, if none is ready, to a new one). */
  readonly start: StartChild;
  /** Starts a spare for these conditions now, if none is waiting. */
  prepare(conditions: readonly string[]): void;
  close(): void;
}

/**
 * The daemon's runner children, one started ahead for each set of Node conditions in use: a run
 * takes the spare, and when that child exits (its run done, or stopped at the time limit) the
 * next spare starts, in the time the learner spends reading the verdict.
 */
export function spareChildren(root: string): SpareChildren {
  const spares = new Map<string, ChildProcess>();
  let closed = false;
  // A spare says when it listens for its request: a message sent before would be lost.
  const listening = new WeakMap<ChildProcess, Promise<void>>();
  const spawnSpare = (conditions: readonly string[]): ChildProcess => {
    const child = startTree(process.execPath, childArgs(conditions, "--spare"), {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, [SPARE_PARENT]: String(process.pid) },
    });
    child.on("error", () => {});
    listening.set(
      child,
      new Promise((done) => {
        const onReady = (m: unknown) => {
          if (typeof m === "object" && m !== null && "spare" in m) {
            child.off("message", onReady);
            done();
          }
        };
        child.on("message", onReady);
      }),
    );
    return child;
  };
  const alive = (child: ChildProcess | undefined): boolean =>
    child !== undefined && child.exitCode === null && child.signalCode === null && child.connected;
  const prepare = (conditions: readonly string[]) => {
    const key = conditions.join(",");
    if (!closed && !alive(spares.get(key))) spares.set(key, spawnSpare(conditions));
  };
  return {
    start(request: ChildRequest, env, conditions) {
      const key = conditions.join(",");
      const ready = spares.get(key);
      spares.delete(key);
      let child: ChildProcess;
      if (ready !== undefined && alive(ready)) child = ready;
      else {
        // A spare that died or lost its channel is ended (its group too), and a new one runs.
        if (ready !== undefined) stopTree(ready.pid);
        child = spawnSpare(conditions);
      }
      const message: SpareMessage<ChildRequest> = { request, env };
      void listening.get(child)?.then(() => {
        if (alive(child)) child.send(message);
      });
      // The next spare starts when this run is over, so the two do not share the CPU.
      child.once("exit", () => prepare(conditions));
      return child;
    },
    prepare,
    close() {
      closed = true;
      for (const child of spares.values()) stopTree(child.pid);
      spares.clear();
    },
  };
}
