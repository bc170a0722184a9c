import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { startTree, stopTree } from "../runner/process.ts";
import { timerMs } from "./limits.ts";
import { childEnv } from "./run-grader.ts";

const tsx = createRequire(import.meta.url).resolve("tsx");
const childScript = fileURLToPath(new URL("./parse-child.ts", import.meta.url));

/** How long compiling one file may take before it counts as a crash. */
const SECONDS_PER_FILE = 20;

/** What the parent asks: the absolute paths of one student's files, compiled in this order. */
export interface ParseRequest {
  readonly files: readonly string[];
}
/** What the child says: the file it starts on, then that it is done with them all. */
export type ParseReply = { readonly parsing: string } | { readonly done: true };

/**
 * One lane's compiler check, run before a student's specs: a child process that compiles each
 * file as vitest would. A file that kills it (the native parser's stack overflows on deeply
 * nested code) is named, and the child replaced; the grading worker never meets that file.
 */
export class ParseChecker {
  #child: ChildProcess | undefined;
  #closed = false;

  constructor(private readonly cwd: string) {}

  /** The files that crashed the compiler, each with how it died. */
  async check(files: readonly string[]): Promise<Map<string, string>> {
    const crashed = new Map<string, string>();
    let remaining = [...files];
    while (remaining.length > 0 && !this.#closed) {
      const { finished, current, how } = await this.#run(remaining);
      if (finished || current === undefined) break;
      crashed.set(current, how);
      remaining = remaining.slice(remaining.indexOf(current) + 1);
    }
    return crashed;
  }

  #run(files: readonly string[]) {
    this.#child ??= startTree(process.execPath, ["--import", tsx, childScript], {
      cwd: this.cwd,
      env: childEnv(process.env, 0),
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
    const child = this.#child;
    return new Promise<{ finished: boolean; current?: string; how: string }>((done) => {
      let current: string | undefined;
      const end = (finished: boolean, how: string) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (!finished) {
          stopTree(child.pid);
          if (this.#child === child) this.#child = undefined;
        }
        done({ finished, ...(current ? { current } : {}), how });
      };
      const onMessage = (reply: ParseReply) => {
        if ("done" in reply) end(true, "");
        else current = reply.parsing;
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        end(false, signal ?? `exit code ${code}`);
      const timer = setTimeout(
        () => end(false, `did not finish within ${SECONDS_PER_FILE} s`),
        timerMs(SECONDS_PER_FILE * (files.length + 3)),
      );
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ files } satisfies ParseRequest, (error) => {
        if (error) end(false, error.message);
      });
    });
  }

  close(): void {
    this.#closed = true;
    if (this.#child) stopTree(this.#child.pid);
    this.#child = undefined;
  }
}
