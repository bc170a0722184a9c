import { spawn } from "node:child_process";
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { placeOf } from "../../bin/kata-client.js";
import { type Sandbox, sandbox } from "./sandbox.ts";

// `kata test` answered by the daemon (docs/design.md, "The daemon") says exactly what a run of its
// own says. Every test starts its daemon on a throwaway copy and kills it afterwards.
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const stub = () => join(box.root, "katas/singleton/singleton.ts");
const original = () => readFileSync(stub(), "utf8");
const reference = () => readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8");
const log = () =>
  readFileSync(join(box.root, ".kata/daemon.log"), { encoding: "utf8", flag: "a+" });
const answered = () => log().match(/\] test /g)?.length ?? 0;
const pid = () => Number(readFileSync(join(box.root, ".kata/daemon.pid"), "utf8"));
const alive = (p: number) => {
  try {
    process.kill(p, 0);
    return true;
  } catch {
    return false;
  }
};
const viaDaemon = (...args: string[]) => box.kataWith({ KATA_DAEMON: "1" }, ...args);

/** The first call runs by itself and starts the daemon; resolves when it listens. */
async function startDaemon(env: NodeJS.ProcessEnv = {}): Promise<number> {
  const first = box.kataWith({ KATA_DAEMON: "1", ...env }, "test", "singleton");
  expect(first.code).toBe(1);
  await expect.poll(log, { timeout: 30_000, interval: 100 }).toContain("listening for");
  return pid();
}

/** Runs once on its own and once through the daemon, from the same progress, and compares. */
function same(...args: string[]) {
  return sameWith({}, ...args);
}

function sameWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const progress = join(box.root, ".kata/progress.json");
  const saved = existsSync(progress) ? readFileSync(progress) : undefined;
  const alone = box.kataWith({ ...env, KATA_DAEMON: "0" }, ...args);
  if (saved) writeFileSync(progress, saved);
  else rmSync(progress, { force: true });
  const before = answered();
  const warm = box.kataWith({ ...env, KATA_DAEMON: "1" }, ...args);
  expect(answered(), "answered by the daemon").toBe(before + 1);
  expect({ code: warm.code, stdout: warm.stdout, stderr: warm.stderr }).toEqual({
    code: alone.code,
    stdout: alone.stdout,
    stderr: alone.stderr,
  });
  return warm;
}

/** Processes whose working folder is in the sandbox (the daemon and all it started). */
function leftovers(root: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((p) => {
      try {
        const cwd = readlinkSync(`/proc/${p}/cwd`);
        return cwd === root || cwd.startsWith(`${root}/`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("kata test through the daemon", () => {
  it("answers the second call, and says on request which process answered", async () => {
    const daemon = await startDaemon();
    expect(alive(daemon)).toBe(true);
    const second = box.kataWith({ KATA_DAEMON: "1", KATA_DEBUG: "1" }, "test", "singleton");
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`kata: answered by the daemon (pid ${daemon})\n`);
    expect(second.stdout).toContain("TODO step 1");
  });

  it("prints the same text with the same exit code as a run of its own, stage by stage", async () => {
    await startDaemon();
    // The stub: step 1 fails.
    expect(same("test", "singleton").code).toBe(1);
    // A type error.
    writeFileSync(stub(), `${original()}\nconst wrong: number = "one";\n`);
    expect(same("test", "singleton").stdout).toContain("TS2322");
    // A syntax error.
    writeFileSync(
      stub(),
      original().replace("export class PrinterManager {", "export class PrinterManager {{"),
    );
    expect(same("test", "singleton").code).toBe(1);
    // A throw at import.
    writeFileSync(stub(), `${reference()}\nthrow new Error("the printer is on fire");\n`);
    expect(same("test", "singleton").stdout).toContain("the printer is on fire");
    // A missing export.
    writeFileSync(stub(), reference().replace("export function lazyAsync", "function lazyAsync"));
    expect(same("test", "singleton").stdout).toContain(
      "katas/singleton/singleton.ts does not export lazyAsync.",
    );
    // Green, with demo() checked against CPython's transcript.
    writeFileSync(stub(), reference());
    const green = same("test", "singleton");
    expect(green.code).toBe(0);
    expect(green.stdout).toContain(
      "All 4 steps are green, and the port prints what the Python prints.",
    );
    // In Chinese.
    writeFileSync(stub(), reference().replace("`printing ", "`printing: "));
    expect(same("test", "singleton", "--lang", "zh-CN").code).toBe(1);
    // In colour, in the language of the environment.
    const coloured = sameWith(
      { FORCE_COLOR: "1", NO_COLOR: undefined, LANG: "zh_CN.UTF-8", LC_ALL: undefined },
      "test",
      "singleton",
    );
    expect(coloured.stdout).toContain("\x1b[31m");
    expect(coloured.stdout).toContain("单例模式");
  }, 240_000);

  it("stops a hang at the time limit, and answers the next call", async () => {
    const daemon = await startDaemon();
    const before = original();
    writeFileSync(
      stub(),
      before.replace(
        'throw new Error("TODO step 1 (one-instance): implement PrinterManager.resetForTests");',
        "while (true) {}",
      ),
    );
    const hung = same("test", "singleton", "--timeout", "2");
    expect(hung.code).toBe(1);
    expect(hung.stdout).toContain("2 s");
    writeFileSync(stub(), reference());
    const next = viaDaemon("test", "singleton");
    expect(next.code).toBe(0);
    expect(pid()).toBe(daemon);
  }, 120_000);

  it("always judges the file as saved just before, however quickly saves follow", async () => {
    await startDaemon();
    const stubText = original();
    const solved = reference();
    for (let i = 0; i < 6; i++) {
      const green = i % 2 === 1;
      writeFileSync(stub(), `${green ? solved : stubText}\n// save ${i}\n`);
      const run = viaDaemon("test", "singleton");
      expect({ save: i, code: run.code }).toEqual({ save: i, code: green ? 0 : 1 });
      expect(run.stdout).toContain(
        green
          ? "All 4 steps are green, and the port prints what the Python prints."
          : "TODO step 1",
      );
    }
    // And a type error that comes and goes.
    for (let i = 0; i < 4; i++) {
      const broken = i % 2 === 0;
      writeFileSync(
        stub(),
        broken ? `${solved}\nconst n: number = "${i}";\n` : `${solved}\n// ${i}\n`,
      );
      const run = viaDaemon("test", "singleton");
      expect({ save: i, code: run.code }).toEqual({ save: i, code: broken ? 1 : 0 });
      expect(run.stdout.includes("TS2322")).toBe(broken);
    }
    expect(answered()).toBe(10);
    // And the type errors came from the warm tsc --watch, not only from a tsc of the daemon's own
    // (which would be right too, but slow: with a margin too wide, no check ever counted).
    expect(log().match(/type check: tsc --watch/g)?.length ?? 0).toBeGreaterThan(5);
  }, 240_000);

  it("stops the run and records nothing when the learner presses Ctrl-C", async () => {
    await startDaemon();
    const progress = join(box.root, ".kata/progress.json");
    const recorded = readFileSync(progress, "utf8");
    writeFileSync(
      stub(),
      original().replace(
        'throw new Error("TODO step 1 (one-instance): implement PrinterManager.resetForTests");',
        "while (true) {}",
      ),
    );
    const cli = spawn(
      process.execPath,
      [join(box.root, "bin/kata.js"), "test", "singleton", "--timeout", "60"],
      { cwd: box.root, env: { ...process.env, KATA_DAEMON: "1" }, stdio: "ignore" },
    );
    const exited = new Promise((done) => cli.once("exit", done));
    await expect.poll(log, { timeout: 30_000 }).toContain("type check:");
    await sleep(2_000);
    cli.kill("SIGINT");
    await exited;
    await expect
      .poll(log, { timeout: 10_000 })
      .toContain("test singleton --timeout 60: refused (the client left)");
    expect(readFileSync(progress, "utf8")).toBe(recorded);
    writeFileSync(stub(), reference());
    expect(viaDaemon("test", "singleton").code).toBe(0);
  }, 120_000);

  it("runs every call's tests in one warm vitest, and learner code that breaks a built-in leaves the next verdict untouched", async () => {
    await startDaemon();
    // Run in the module check's child and in the run's worker threads: both end with the run.
    writeFileSync(
      stub(),
      `Array.prototype.map = function () { return []; };\nObject.defineProperty(Object.prototype, "polluted", { value: true });\n${original()}`,
    );
    expect(viaDaemon("test", "singleton").code).toBe(1);
    writeFileSync(stub(), reference());
    expect(sameWith({}, "test", "singleton").code).toBe(0);
    const served = [...log().matchAll(/tests in the warm vitest \(pid (\d+), run (\d+)\)/g)];
    expect(served.map((m) => m[2])).toEqual(["1", "2"]);
    expect(new Set(served.map((m) => m[1])).size, "vitest processes").toBe(1);
  }, 120_000);

  it("answers two calls made at once, one after the other", async () => {
    await startDaemon();
    const run = () =>
      new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = spawn(
          process.execPath,
          [join(box.root, "bin/kata.js"), "test", "singleton"],
          {
            cwd: box.root,
            env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, KATA_DAEMON: "1" },
          },
        );
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.on("exit", (code) => done({ code, stdout }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    expect(answered()).toBe(2);
  }, 120_000);

  it("exits after the idle time, and removes its socket", async () => {
    const daemon = await startDaemon({ KATA_DAEMON_IDLE_SECONDS: "3" });
    await expect.poll(() => alive(daemon), { timeout: 20_000, interval: 200 }).toBe(false);
    expect(log()).toContain("exits: idle for 3 s");
    expect(existsSync(placeOf(box.root).path)).toBe(false);
    await expect.poll(() => leftovers(box.root), { timeout: 5_000 }).toEqual([]);
  }, 60_000);

  it("exits when its repository is gone, even while a request of it hangs", async () => {
    const daemon = await startDaemon();
    const hang = "export class PrinterManager {\n  static {\n    while (true) {}\n  }";
    writeFileSync(stub(), original().replace("export class PrinterManager {", hang));
    const args = [join(box.root, "bin/kata.js"), "test", "singleton", "--timeout", "60"];
    const hung = spawn(process.execPath, args, {
      cwd: box.root,
      env: { ...process.env, KATA_DAEMON: "1", CI: undefined, NO_COLOR: "1" },
      stdio: "ignore",
    });
    // The request is in the daemon by then, its runner spinning; its time limit is a minute,
    // and the daemon must not wait for it.
    await sleep(3_000);
    // The repository goes at once, as a moved or deleted clone does. (Removing it file by file
    // raced the daemon and its children, which kept writing logs and caches into the half-removed
    // tree until rmSync gave up with ENOTEMPTY.)
    const moved = `${box.root}-gone`;
    renameSync(box.root, moved);
    try {
      await expect.poll(() => alive(daemon), { timeout: 8_000, interval: 200 }).toBe(false);
      const said = readFileSync(join(moved, ".kata/daemon.log"), "utf8");
      expect(said).toContain("exits: its repository is gone");
      expect(said).not.toContain("crashed");
      hung.kill("SIGKILL");
      // Nothing it started outlives it (its tsc --watch did, when it crashed on the missing tree).
      await expect.poll(() => leftovers(moved), { timeout: 5_000 }).toEqual([]);
    } finally {
      hung.kill("SIGKILL");
      rmSync(moved, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  }, 90_000);

  it("exits when its version key changes, and the next call runs by itself", async () => {
    const daemon = await startDaemon();
    const file = join(box.root, "src/cli/parse.ts");
    writeFileSync(file, `${readFileSync(file, "utf8")}// edited\n`);
    await expect.poll(() => alive(daemon), { timeout: 20_000, interval: 200 }).toBe(false);
    expect(log()).toContain("exits: the tool's files changed");
    const next = box.kataWith({ KATA_DAEMON: "1", KATA_DEBUG: "1" }, "test", "singleton");
    expect(next.code).toBe(1);
    expect(next.stderr).toContain('kata: no daemon answer ({"absent":true}), running here');
  }, 60_000);

  it("leaves no process behind when its process group is killed", async () => {
    const daemon = await startDaemon();
    // Its tsc and its spare runner are up.
    await expect.poll(() => leftovers(box.root).length, { timeout: 20_000 }).toBeGreaterThan(2);
    process.kill(-daemon, "SIGKILL");
    await expect.poll(() => leftovers(box.root), { timeout: 5_000 }).toEqual([]);
  }, 60_000);

  it("leaves no process behind when killed while its runner is still loading", async () => {
    // The first call returns as the daemon starts: kill it as soon as it listens.
    box.kataWith({ KATA_DAEMON: "1" }, "test", "singleton");
    await expect
      .poll(() => existsSync(join(box.root, ".kata/daemon.pid")), { timeout: 30_000, interval: 20 })
      .toBe(true);
    process.kill(-pid(), "SIGKILL");
    await expect.poll(() => leftovers(box.root), { timeout: 20_000 }).toEqual([]);
  }, 60_000);

  it("answers only for its own root, and refuses garbage", async () => {
    await startDaemon();
    const ask = (line: string) =>
      new Promise<string>((done) => {
        const socket = connect(placeOf(box.root).path);
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString();
        });
        socket.on("close", () => done(text));
        socket.on("connect", () => socket.write(line));
      });
    const request = {
      protocol: 1,
      root: "/tmp",
      cwd: "/tmp",
      node: process.version,
      argv: ["test", "singleton"],
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    expect(JSON.parse(await ask(`${JSON.stringify(request)}\n`))).toMatchObject({
      kind: "refused",
      reason: "another root",
    });
    expect(JSON.parse(await ask("hello\n"))).toMatchObject({ kind: "refused", reason: "garbage" });
    const list = { ...request, root: box.root, argv: ["list"] };
    expect(JSON.parse(await ask(`${JSON.stringify(list)}\n`))).toMatchObject({
      kind: "refused",
      reason: "only kata test",
    });
  }, 60_000);
});
