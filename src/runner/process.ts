import {
  type ChildProcess,
  type SpawnOptions,
  type SpawnSyncReturns,
  spawn,
  spawnSync,
} from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What stopping a process tree needs from the platform, injectable so every branch is testable. */
export interface ProcessPlatform {
  readonly platform: NodeJS.Platform;
  readonly kill: (pid: number, signal: NodeJS.Signals) => void;
  readonly run: (command: string, args: readonly string[]) => SpawnSyncReturns<Buffer>;
}

const host: ProcessPlatform = {
  platform: process.platform,
  kill: (pid, signal) => process.kill(pid, signal),
  run: (command, args) => spawnSync(command, [...args], { windowsHide: true }),
};

// What to undo if the CLI is interrupted (Ctrl-C, SIGTERM): the trees still running and the
// temporary folders still there. Each is registered while it lives.
const undoOnInterrupt = new Set<() => void>();

/** Registers something to undo if the CLI is interrupted; returns the function that forgets it. */
export function onInterrupt(undo: () => void): () => void {
  undoOnInterrupt.add(undo);
  return () => undoOnInterrupt.delete(undo);
}

/**
 * Runs `work` in a temporary folder of its own (named `<prefix>…`), removed when it ends, and at
 * once if the CLI is interrupted first.
 */
export async function inTemporaryFolder<T>(
  prefix: string,
  work: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  try {
    return await work(dir);
  } finally {
    forget();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Stops every tree and removes every temporary folder still registered, at once (synchronous). */
export function interruptAll(): void {
  for (const undo of [...undoOnInterrupt]) {
    try {
      undo();
    } catch {
      // One failure must not keep the others from being undone.
    }
  }
  undoOnInterrupt.clear();
}

/**
 * Starts a tool or a runner as the root of a tree that `stopTree` can end whole. On POSIX it
 * leads its own process group (vitest's workers and the native tsc join it); Windows has no
 * groups, so there `stopTree` asks taskkill for the tree, and no console window opens.
 */
export function startTree(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, "detached" | "windowsHide">,
  on: Pick<ProcessPlatform, "platform"> = host,
): ChildProcess {
  const child = spawn(command, [...args], {
    ...options,
    detached: on.platform !== "win32",
    windowsHide: true,
  });
  const forget = onInterrupt(() => stopTree(child.pid));
  child.once("exit", forget);
  return child;
}

/**
 * Starts a helper inside the caller's own process group (the daemon's `tsc --watch`): whatever
 * ends the caller's group, a `kill` from the terminal included, ends the helper and its children.
 */
export function startMember(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, "detached" | "windowsHide">,
): ChildProcess {
  const child = spawn(command, [...args], { ...options, detached: false, windowsHide: true });
  const forget = onInterrupt(() => child.kill("SIGKILL"));
  child.once("exit", forget);
  return child;
}

/**
 * Ends a process started by `startTree` and everything it started, at once (pure decision, one
 * side effect). A missing pid (the spawn failed) stops nothing: `process.kill(-0)` would signal
 * the CLI's own group. A tree that is already gone is not an error.
 */
export function stopTree(pid: number | undefined, on: ProcessPlatform = host): void {
  if (pid === undefined || !Number.isInteger(pid) || pid <= 0) return;
  if (on.platform === "win32") {
    on.run("taskkill", ["/pid", String(pid), "/T", "/F"]);
    return;
  }
  try {
    on.kill(-pid, "SIGKILL");
  } catch {
    // ESRCH: the group has already exited.
  }
}
