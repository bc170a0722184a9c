import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A command line the learner types, run from the repository's root. */
export interface Command {
  readonly label: string;
  readonly file: string;
  readonly args: readonly string[];
  /** More environment variables for this command. */
  readonly env?: NodeJS.ProcessEnv;
}

export const ENV = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, LANG: "en_US.UTF-8" };

// GNU time reports the CPU of the whole tree that was waited for (children and their
// children): the cost of a command on a 2-core machine is its CPU as much as its wall time.
const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command to its end: wall time in ms, CPU time in ms (user + system, the whole process
 * tree; undefined where GNU time is not installed) and its exit code.
 */
export function timeCommand(
  cwd: string,
  { file, args, env }: Command,
): Promise<{ ms: number; cpuMs?: number; code: number }> {
  const timed = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), "kata-time-"));
  const out = join(dir, "cpu");
  const [command, argv] = timed
    ? [GNU_TIME, ["-q", "-f", "%U %S", "-o", out, file, ...args]]
    : [file, [...args]];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, argv, { cwd, env: { ...ENV, ...env }, stdio: "ignore" });
    child.once("error", fail);
    child.once("exit", (code) => {
      const ms = performance.now() - start;
      const [user = Number.NaN, system = Number.NaN] = timed
        ? (readFileSync(out, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [])
        : [];
      rmSync(dir, { recursive: true, force: true });
      const cpuMs = (user + system) * 1000;
      done({ ms, ...(Number.isFinite(cpuMs) ? { cpuMs } : {}), code: code ?? -1 });
    });
  });
}
