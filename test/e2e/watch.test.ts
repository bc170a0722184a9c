import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Watch mode as a learner's terminal runs it: under a pseudo-terminal (`script`, util-linux),
// keys typed into it, the screen read back.
let box: Sandbox;
const running: ChildProcess[] = [];
beforeEach(() => {
  box = sandbox();
});
afterEach(() => {
  // A test that failed before pressing q: `script` ends, the terminal hangs up, and watch mode
  // must end with every process it started (its SIGHUP handler).
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGTERM");
  box.remove();
});

function watch(args: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn("script", ["-qfc", `node bin/kata.js watch singleton ${args}`, "/dev/null"], {
    cwd: box.root,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, COLUMNS: "100", ...env },
    stdio: ["pipe", "pipe", "ignore"],
  });
  running.push(child);
  let screen = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    screen += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once("exit", done));
  return {
    screen: () => screen,
    async until(text: string, from = 0, ms = 60_000): Promise<number> {
      const deadline = Date.now() + ms;
      while (screen.indexOf(text, from) < 0) {
        if (Date.now() > deadline)
          throw new Error(`never saw "${text}" in:\n${screen.slice(-2000)}`);
        await sleep(50);
      }
      return screen.indexOf(text, from);
    },
    press: (key: string) => child.stdin.write(key),
    /** The terminal goes away: `script` ends and the program in it is hung up on. */
    hangUp: () => child.kill("SIGTERM"),
    quit: async () => {
      child.stdin.write("q");
      return exited;
    },
  };
}

const file = () => join(box.root, "katas/singleton/singleton.ts");
const stub = () => readFileSync(file(), "utf8");
const hanging = (text: string) =>
  text.replace(
    'throw new Error("TODO step 1 (one-instance): implement PrinterManager.resetForTests");',
    "while (true) {}",
  );

describe("kata watch", () => {
  it("stops a hung run once, does not run it again without a save, and answers the fix at once", async () => {
    const original = stub();
    writeFileSync(file(), hanging(original));
    const w = watch("--timeout 2");
    await w.until("did not finish within 2 s");
    await sleep(1_000);
    const settled = w.screen().length;
    await sleep(8_000);
    // A new run would show the running state again.
    expect(w.screen().slice(settled), "output without a save").not.toContain("Testing singleton");
    const before = w.screen().length;
    writeFileSync(file(), original);
    const saved = Date.now();
    await w.until("TODO step 1", before, 15_000);
    expect(Date.now() - saved, "ms from the fix to its verdict").toBeLessThan(10_000);
    expect(await w.quit()).toBe(0);
  }, 90_000);

  it("opens a picker with l, and says keys rather than commands", async () => {
    const w = watch("");
    await w.until("Press h for the next hint.");
    expect(w.screen()).not.toContain("npx kata hint");
    const before = w.screen().length;
    w.press("l");
    await w.until("Enter open", before);
    expect(w.screen().slice(before)).toMatch(/›\s+1\. singleton/);
    expect(await w.quit()).toBe(0);
    // Leaves its own screen, so the learner's terminal is as it was.
    expect(w.screen().endsWith("\u001b[?1049l") || w.screen().includes("\u001b[?1049l")).toBe(true);
  }, 60_000);

  it("speaks Chinese with a Chinese locale", async () => {
    const w = watch("", { LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8" });
    await w.until("按 h 查看下一条提示。");
    expect(await w.quit()).toBe(0);
  }, 60_000);

  it("ends every process it started when its terminal closes", async () => {
    const w = watch("");
    await w.until("Press h for the next hint.");
    expect(processesOf(box.root).length, "tsc --watch and the warm runner").toBeGreaterThan(0);
    w.hangUp();
    await expect.poll(() => processesOf(box.root), { timeout: 10_000 }).toEqual([]);
  }, 60_000);
});

/** Live processes whose command line names the sandbox (zombies do not count). */
function processesOf(root: string): string[] {
  return readdirSync("/proc").flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
      return cmd.includes(root) && state !== "Z" ? [cmd] : [];
    } catch {
      return [];
    }
  });
}
