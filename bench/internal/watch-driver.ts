import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { ENV } from "./command-time.ts";
import { stopLeftovers } from "./sandbox.ts";

/** A version of the kata file, and text that only its verdict puts on the screen. */
export interface Version {
  readonly content: (save: number) => string;
  readonly marker: string;
  /** Text of an earlier, partial verdict (tests green, CPython still checking), if any. */
  readonly early?: string;
}

/** ms from starting `kata watch` to its first verdict, and from each save to its verdict. */
export interface WatchTimings {
  readonly firstVerdictMs: number;
  readonly saves: readonly {
    readonly version: string;
    readonly ms: number;
    /** When the partial verdict showed, if the version has one and it showed before the end. */
    readonly earlyMs: number | undefined;
  }[];
}

/**
 * Drives `kata watch <id>` under a pseudo-terminal (`script -qfc`), as a learner's terminal
 * would. Saves alternate between the versions, so each verdict differs from the one before and
 * a repaint of the old verdict is never taken for the new one. Quits with the `q` key.
 */
export async function watchSaves(
  root: string,
  id: string,
  file: string,
  versions: Readonly<Record<string, Version>>,
  start: string,
  saves: number,
): Promise<WatchTimings> {
  const began = performance.now();
  const child = spawn("script", ["-qfc", `node bin/kata.js watch ${id}`, "/dev/null"], {
    cwd: root,
    env: ENV,
    stdio: ["pipe", "pipe", "ignore"],
  });
  let screen = "";
  let wake: () => void = () => {};
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    screen += chunk;
    wake();
  });
  // The time the text first appears at or after `from`; `early` notes when that text showed.
  const waitFor = async (text: string, from: number, early?: { text: string; at?: number }) => {
    const deadline = performance.now() + 180_000;
    for (;;) {
      if (early && early.at === undefined && screen.indexOf(early.text, from) >= 0) {
        early.at = performance.now();
      }
      if (screen.indexOf(text, from) >= 0) return performance.now();
      if (performance.now() > deadline) throw new Error(`watch mode never printed "${text}"`);
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(50)]);
    }
  };
  const names = Object.keys(versions).toSorted((a, b) => (a === start ? -1 : b === start ? 1 : 0));
  const version = (name: string): Version => {
    const v = versions[name];
    if (v === undefined) throw new Error(`no version ${name}`);
    return v;
  };
  try {
    const firstVerdictMs = (await waitFor(version(start).marker, 0)) - began;
    const timings: { version: string; ms: number; earlyMs: number | undefined }[] = [];
    for (let save = 1; save <= saves; save++) {
      await sleep(1500);
      const name = names[save % names.length] ?? start;
      const { content, marker, early } = version(name);
      const from = screen.length;
      const partial: { text: string; at?: number } | undefined =
        early === undefined ? undefined : { text: early };
      const t0 = performance.now();
      writeFileSync(file, content(save));
      const ms = (await waitFor(marker, from, partial)) - t0;
      const earlyMs = partial?.at === undefined ? undefined : partial.at - t0;
      timings.push({ version: name, ms, earlyMs });
    }
    return { firstVerdictMs, saves: timings };
  } finally {
    child.stdin.write("q");
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if ((await Promise.race([exited, sleep(5000, "timeout")])) === "timeout") child.kill();
    stopLeftovers(root);
  }
}
