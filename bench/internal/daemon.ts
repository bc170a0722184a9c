import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// The `kata test` daemon of the loop's copy: stop it, wait for it, and count its CPU, which GNU
// time cannot see (the daemon is no child of the command it answers).

const TICK_MS = 10; // getconf CLK_TCK is 100 on Linux

/**
 * CPU time (user + system, ms) of every process working in `root` (the daemon, its tsc, its
 * spare runner), including the children they have waited for (a spare's run, once it exited).
 */
export function cpuInRoot(root: string): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd !== root && !cwd.startsWith(`${root}/`)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command's closing parenthesis: utime is the 14th field of the line.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      for (const i of [11, 12, 13, 14]) ticks += Number(fields[i] ?? 0);
    } catch {
      // Gone, or not ours.
    }
  }
  return ticks * TICK_MS;
}

const pidOf = (root: string) => {
  try {
    const pid = Number(readFileSync(join(root, ".kata", "daemon.pid"), "utf8"));
    // A pid file left by a daemon killed without its cleanup may name another process now.
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("kata-daemon") ? pid : undefined;
  } catch {
    return undefined;
  }
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Ends the daemon of `root` (its process group) and waits until it is gone. */
export async function stopDaemon(root: string): Promise<void> {
  const pid = pidOf(root);
  if (pid === undefined || !Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Gone already.
  }
  while (alive(pid)) await sleep(50);
}

/** Waits until a daemon of `root` runs (its pid file is written once it listens). */
export async function daemonListening(root: string, timeoutMs = 60_000): Promise<boolean> {
  const start = Date.now();
  for (;;) {
    const pid = pidOf(root);
    if (pid !== undefined && Number.isInteger(pid) && alive(pid)) return true;
    if (Date.now() - start >= timeoutMs) return false;
    await sleep(100);
  }
}
