import { spawn } from "node:child_process";

/** A command line the learner types, run from the repository's root. */
export interface Command {
  readonly label: string;
  readonly file: string;
  readonly args: readonly string[];
}

export const ENV = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, LANG: "en_US.UTF-8" };

/** Runs a command to its end and returns the wall time in ms and its exit code. */
export function timeCommand(
  cwd: string,
  { file, args }: Command,
): Promise<{ ms: number; code: number }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(file, args, { cwd, env: ENV, stdio: "ignore" });
    child.once("error", fail);
    child.once("exit", (code) => done({ ms: performance.now() - start, code: code ?? -1 }));
  });
}
