import { randomInt } from "node:crypto";
import { createInterface } from "node:readline/promises";
import type { Io } from "../commands/io.ts";
import type { Runners } from "../commands/test-kata.ts";
import { KataError } from "../errors.ts";
import { catalogues, pickLocale } from "../i18n/locale.ts";
import { describeError } from "../render/describe-error.ts";
import { paintFor } from "../render/paint.ts";
import { interruptAll } from "../runner/process.ts";
import { langOption, parse } from "./parse.ts";
import { run } from "./run.ts";
import type { Terminal } from "./watch.ts";

const terminal: Terminal = {
  // The alternate screen, as full-screen terminal programs use: leaving it restores the
  // learner's screen and scrollback untouched.
  enter: () => process.stdout.write("\x1b[?1049h"),
  leave: () => process.stdout.write("\x1b[?1049l"),
  columns: () => process.stdout.columns || 80,
  rows: () => process.stdout.rows || 24,
  write: (text) => process.stdout.write(text),
  clear: () => process.stdout.write("\x1b[H\x1b[2J"),
  keys: (onKey) => {
    const listener = (data: Buffer) => onKey(data.toString());
    process.stdin.setRawMode(true);
    process.stdin.resume();
    process.stdin.on("data", listener);
    return () => {
      process.stdin.off("data", listener);
      process.stdin.setRawMode(false);
      process.stdin.pause();
    };
  },
  resizes: (onResize) => {
    process.stdout.on("resize", onResize);
    return () => process.stdout.off("resize", onResize);
  },
};

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} (y/N) `)).trim());
  } finally {
    rl.close();
  }
}

/**
 * Ctrl-C, SIGTERM or a closed terminal: stop every process tree and remove every temporary folder the command
 * started, give the learner's terminal back, and exit as a shell expects (128 + the signal).
 */
function exitOnSignals(): void {
  for (const [signal, code] of [
    // A closed terminal hangs up: without this, `tsc --watch` would outlive watch mode.
    ["SIGHUP", 129],
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      interruptAll();
      if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
      if (watching) terminal.leave();
      process.exit(code);
    });
  }
}
let watching = false;

/** Where a command's text goes and what it may know of the terminal: the process, or a daemon's client. */
export interface Host {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { readonly isTTY?: boolean };
  readonly stderr: { readonly isTTY?: boolean };
  readonly stdinIsTTY: boolean;
  readonly write: (fd: 1 | 2, text: string) => void;
  /** The daemon's warm runners for `kata test`; the cold ones when absent. */
  readonly runners?: Runners;
  /** Whether this host ends the command on a signal (the process does; a daemon does not). */
  readonly signals: boolean;
}

const processHost: Host = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  write: (fd, text) => (fd === 1 ? process.stdout : process.stderr).write(text),
  signals: true,
};

/** The CLI's one error boundary: parse, run, print once, set the exit code. */
export function main(argv: readonly string[], root: string): Promise<number> {
  return answer(argv, root, processHost);
}

/** `main` for any host: the daemon answers `kata test` through it, with the same words. */
export async function answer(argv: readonly string[], root: string, host: Host): Promise<number> {
  const { env } = host;
  const paint = paintFor(host.stdout, env, root);
  const errPaint = paintFor(host.stderr, env, root);
  let m = catalogues[pickLocale(undefined, env)];
  try {
    m = catalogues[pickLocale(langOption(argv), env)];
    const io: Io = {
      root,
      ui: { paint, m },
      now: () => new Date(),
      seed: () => randomInt(2 ** 31),
      warn: (line) => host.write(2, `${errPaint.yellow(m.errors.warning)} ${line}\n`),
      interactive: Boolean(host.stdinIsTTY && host.stdout.isTTY),
      confirm,
      // Loaded on demand, like every command: watch mode brings the warm runners with it.
      watch: async (id, timeoutSeconds) => {
        watching = true;
        return (await import("./watch.ts")).watchLoop(io, terminal, id, timeoutSeconds);
      },
      ...(host.runners ? { runners: host.runners } : {}),
    };
    const command = parse(argv);
    // The classroom's entry stops its grading on a signal itself (a report of what was ended).
    if (host.signals && command.name !== "classroom") exitOnSignals();
    const result = await run(command, io);
    if (result.text) host.write(1, `${result.text}\n`);
    return result.exitCode;
  } catch (error) {
    if (error instanceof KataError) {
      const { message, next } = describeError(error, m);
      host.write(2, `${errPaint.red(message)}\n${next}\n`);
      return error.exitCode;
    }
    // A bug in the tool itself: one line, and the stack only when asked for.
    const detail = env.KATA_DEBUG ? (error as Error).stack : (error as Error).message;
    host.write(
      2,
      `${errPaint.red(m.errors.unexpected(String(detail)))}\n${m.errors.unexpectedNext}\n`,
    );
    return 2;
  }
}
