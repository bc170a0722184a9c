import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Ctrl-C (SIGINT) or SIGTERM while learner code spins: nothing of the run may outlive the CLI.
let box: Sandbox;
let temp: string;
beforeEach(() => {
  box = sandbox();
  temp = mkdtempSync(join(tmpdir(), "kata-interrupt-"));
});
afterEach(() => {
  box.remove();
  rmSync(temp, { recursive: true, force: true });
});

/** Processes whose command line names the sandbox: what the run left behind, if anything. */
function leftovers(root: string): string[] {
  return readdirSync("/proc").flatMap((pid) => {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) return [];
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
      return cmd.includes(root) && state !== "Z" ? [`${pid} ${cmd}`] : [];
    } catch {
      return [];
    }
  });
}

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("kata test interrupted with %s", (signal, code) => {
  it("ends every process of the run, removes its temporary folder and exits 128 + the signal", async () => {
    const stub = join(box.root, "katas/singleton/singleton.ts");
    writeFileSync(
      stub,
      readFileSync(stub, "utf8").replace(
        'throw new Error("TODO step 1 (one-instance): implement PrinterManager.resetForTests");',
        "while (true) {}",
      ),
    );
    const cli = spawn(
      process.execPath,
      [join(box.root, "bin/kata.js"), "test", "singleton", "--timeout", "60"],
      {
        cwd: box.root,
        env: { ...process.env, TMPDIR: temp },
        stdio: "ignore",
      },
    );
    const exited = new Promise<number | null>((done) => cli.once("exit", done));
    // Wait until learner code spins: the run's folder exists and a test has started.
    for (let i = 0; i < 200 && !readdirSync(temp).some((d) => d.startsWith("kata-run-")); i++) {
      await sleep(100);
    }
    await sleep(3_000);
    expect(leftovers(box.root).length, "processes of the run before the signal").toBeGreaterThan(1);
    cli.kill(signal);
    expect(await exited).toBe(code);
    await expect.poll(() => leftovers(box.root), { timeout: 5_000 }).toEqual([]);
    expect(readdirSync(temp).filter((d) => d.startsWith("kata-"))).toEqual([]);
  }, 60_000);
});
