import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inTemporaryFolder, type ProcessPlatform, startTree, stopTree } from "./process.ts";

function recorder(platform: NodeJS.Platform, kill?: () => void) {
  const calls: string[] = [];
  const on: ProcessPlatform = {
    platform,
    kill: (pid, signal) => {
      calls.push(`kill ${pid} ${signal}`);
      kill?.();
    },
    run: (command, args) => {
      calls.push(`${command} ${args.join(" ")}`);
      return { status: 0 } as SpawnSyncReturns<Buffer>;
    },
  };
  return { on, calls };
}

describe("stopTree", () => {
  it("kills the whole process group on POSIX", () => {
    const { on, calls } = recorder("linux");
    stopTree(4242, on);
    expect(calls).toEqual(["kill -4242 SIGKILL"]);
  });

  it("asks taskkill for the whole tree on Windows, with no signal", () => {
    const { on, calls } = recorder("win32");
    stopTree(4242, on);
    expect(calls).toEqual(["taskkill /pid 4242 /T /F"]);
  });

  it.each([undefined, 0, -1, 1.5])("stops nothing for the pid %s, never its own group", (pid) => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      const { on, calls } = recorder(platform);
      stopTree(pid, on);
      expect(calls, platform).toEqual([]);
    }
  });

  it("takes a tree that has already gone as stopped", () => {
    const { on } = recorder("linux", () => {
      throw Object.assign(new Error("kill ESRCH"), { code: "ESRCH" });
    });
    expect(() => stopTree(4242, on)).not.toThrow();
  });
});

/** Whether a process still runs: a zombie (killed, not yet reaped by its new parent) does not. */
function running(pid: number): boolean {
  try {
    // Signal 0 only asks whether the process exists.
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe("startTree", () => {
  it("starts a process that stopTree ends, with its children", async () => {
    // A parent that starts a child which would outlive it, then waits.
    const script =
      "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' }); console.log(c.pid); setInterval(() => {}, 1000);";
    const tree = startTree(process.execPath, ["-e", script], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const grandchild = await new Promise<number>((done) =>
      tree.stdout?.once("data", (d: Buffer) => done(Number(String(d).trim()))),
    );
    const exited = new Promise((done) => tree.once("exit", done));
    stopTree(tree.pid);
    await exited;
    await expect.poll(() => running(grandchild)).toBe(false);
  });
});

describe("inTemporaryFolder", () => {
  it("gives the work a folder of its own and removes it, whether the work returns or throws", async () => {
    let seen = "";
    const value = await inTemporaryFolder("kata-test-", async (dir) => {
      seen = dir;
      expect(existsSync(dir)).toBe(true);
      return 7;
    });
    expect(value).toBe(7);
    expect(seen).toMatch(/kata-test-/);
    expect(existsSync(seen)).toBe(false);
    await expect(
      inTemporaryFolder("kata-test-", async (dir) => {
        seen = dir;
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    expect(existsSync(seen)).toBe(false);
  });
});
