import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UNPRINTABLE } from "../../src/classroom/printable.ts";
import type { ClassReport, KataGrade } from "../../src/classroom/report.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// `kata grade` against students who attack the grader. Each test grades a small class: the
// attacker(s) and an honest student, who must still be graded correctly. The grader runs with a
// temporary directory of its own (TMPDIR), so the test can see every folder and process it left.
// "Nothing read" is checked with access times: each file outside the students' copies that an
// attack aims at has an access time older than its modification time, so (relatime) any read
// moves it.

let box: Sandbox;
let work: string;
let reference: string;
let secret: string;
beforeAll(() => {
  box = sandbox();
  work = mkdtempSync(join(tmpdir(), "kata-hostile-"));
  reference = join(box.root, "solutions/singleton/singleton.ts");
  secret = join(work, "teacher/secret.ts");
  mkdirSync(join(work, "teacher"));
  writeFileSync(secret, 'export const SECRET = "TEACHER-SECRET-7f3a";\n');
  // The honest students' copy of the reference, so that copying it reads no watched file.
  cpSync(reference, join(work, "ref.ts"));
});
afterAll(() => {
  // `rm -r` walks a tree deeper than PATH_MAX, which fs.rmSync cannot.
  spawnSync("rm", ["-rf", work]);
  box.remove();
});

let subs: string;
let tmp: string;
let n = 0;
beforeEach(() => {
  n += 1;
  subs = join(work, `subs-${n}`);
  tmp = join(work, `tmp-${n}`);
  mkdirSync(subs);
  mkdirSync(tmp);
  for (const file of [reference, secret]) utimesSync(file, new Date(0), new Date());
});

/** True when `file` was read since the test began. */
const wasRead = (file: string) => statSync(file).atimeMs > 1000;

function student(name: string, code: string, file = "singleton.ts") {
  const dir = join(subs, name, "katas/singleton");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), code);
  return dir;
}
/** An honest student: the reference, copied before the test's clock starts. */
const honest = (name: string) => student(name, readFileSync(join(work, "ref.ts"), "utf8"));
/** The reference with `code` appended: passes unless the attack stops it. */
const honestPlus = (name: string, code: string) =>
  student(name, `${readFileSync(join(work, "ref.ts"), "utf8")}\n${code}\n`);

const env = () => ({ ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, TMPDIR: tmp });
const out = () => join(work, `out-${n}`);

function grade(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(box.root, "bin/kata.js"), "grade", subs, "--out", out(), "--jobs", "1", ...args],
    { cwd: box.root, encoding: "utf8", env: env(), timeout: 180_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function report(): ClassReport {
  return JSON.parse(readFileSync(join(out(), "report.json"), "utf8")) as ClassReport;
}
function cell(name: string): KataGrade {
  const found = report().students.find((s) => s.student === name)?.katas[0];
  if (!found) throw new Error(`no row for ${JSON.stringify(name)}`);
  return found;
}
function expectHonestPassed(name: string) {
  expect(cell(name)).toMatchObject({ outcome: "passed", steps: { passed: 4, total: 4 } });
}
/** Every file left under `dir` whose name matches `pattern`, links and node_modules not followed. */
function leftovers(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") return leftovers(path, pattern);
    return entry.isFile() && pattern.test(entry.name) ? [path] : [];
  });
}

describe("kata grade against hostile submissions", () => {
  it("refuses an annotation with a path: no copy, nothing read, the reference out of reach", () => {
    // The attack that was graded 4/4: copy the reference into the student's copy through vitest's
    // attachments, then delegate to it.
    student(
      "attacker",
      `import { beforeEach } from "vitest";
export let PrinterManager: any;
export let lazyAsync: any;
export let demo: any;
beforeEach(async (context) => {
  if (PrinterManager) return;
  const note = await context.annotate("ref", { path: ${JSON.stringify(reference)} });
  ({ PrinterManager, lazyAsync, demo } = await import(note.attachment?.path ?? ""));
});
`,
    );
    honest("honest");
    const run = grade();
    expect(run.code).toBe(0);
    const attacker = cell("attacker");
    expect(attacker.outcome).toBe("refused");
    expect(attacker.steps.passed).toBe(0);
    expect(attacker.detail).toMatch(/^refused by the sandbox: Attachment .*solutions\/singleton/);
    expect(wasRead(reference)).toBe(false);
    expectHonestPassed("honest");
  });

  it("refuses recordArtifact with path attachments, however many, and reads none of them", () => {
    // A hundred copies of a file outside, then their content thrown into the report.
    honestPlus(
      "attacker",
      `import { beforeEach as __before, recordArtifact as __record } from "vitest";
import { readdirSync as __ls, readFileSync as __read } from "node:fs";
__before(async (context) => {
  for (let i = 0; i < 100; i++) {
    await __record(context.task, { type: "loot", attachments: [{ path: ${JSON.stringify(secret)} }] }).catch(() => {});
  }
  const dir = new URL("../../.vitest-attachments/", import.meta.url);
  throw new Error(__ls(dir).map((f) => __read(new URL(f, dir), "utf8")).join(""));
});`,
    );
    honest("honest");
    expect(grade().code).toBe(0);
    const attacker = cell("attacker");
    expect(attacker.outcome).toBe("refused");
    expect(attacker.detail).toMatch(/Attachment .*teacher\/secret\.ts/);
    expect(readFileSync(join(out(), "report.json"), "utf8")).not.toContain("TEACHER-SECRET");
    expect(wasRead(secret)).toBe(false);
    expectHonestPassed("honest");
  });

  it("never reads a file that a fabricated stack trace names", () => {
    // Vitest's main process looks for source maps in every file a failure's stack names.
    honestPlus(
      "attacker",
      `import { beforeEach as __before } from "vitest";
__before(() => {
  throw Object.assign(new Error("look here"), {
    stack: "Error: look here\\n    at steal (${secret}:1:1)\\n    at steal (/dev/zero:1:1)",
  });
});`,
    );
    honest("honest");
    expect(grade().code).toBe(0);
    expect(cell("attacker").outcome).toBe("failing");
    expect(wasRead(secret)).toBe(false);
    expectHonestPassed("honest");
  });

  it.each([
    [
      "trace",
      'import { createTracing } from "node:trace_events";\ncreateTracing({ categories: ["node.perf", "v8"] }).enable();',
      /trace_events/,
    ],
    [
      "heap",
      'import { setHeapSnapshotNearHeapLimit } from "node:v8";\nsetHeapSnapshotNearHeapLimit(1);',
      /setHeapSnapshotNearHeapLimit/,
    ],
    [
      "flags",
      'import { setFlagsFromString } from "node:v8";\nsetFlagsFromString("--prof");',
      /setFlagsFromString/,
    ],
    ["report", "process.report.writeReport();", /refused by the sandbox/],
  ])("refuses the diagnostic writer %s and records it, writing nothing", (name, code, what) => {
    honestPlus(name, code);
    honest("honest");
    expect(grade().code).toBe(0);
    const attacker = cell(name);
    expect(attacker.outcome).toBe("refused");
    expect(attacker.detail).toMatch(what);
    const written = /node_trace|\.heapsnapshot$|^report\..*\.json$|\.log$/;
    for (const dir of [tmp, subs, box.root]) expect(leftovers(dir, written)).toEqual([]);
    expectHonestPassed("honest");
  });

  it("grades the rest of the class when one student has 420 nested folders", () => {
    const dir = honestPlus("deep", "");
    // Deeper than PATH_MAX allows as one path: made one folder at a time.
    spawnSync(
      "bash",
      ["-c", "for i in $(seq 420); do mkdir nested-folder && cd nested-folder; done"],
      {
        cwd: dir,
      },
    );
    honest("honest");
    const run = grade();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(cell("deep")).toMatchObject({ outcome: "load-error" });
    expect(cell("deep").detail).toMatch(/nested/);
    expectHonestPassed("honest");
  });

  it("grades 400 KB of nested parentheses as that student's crash, named as such", () => {
    honest("a-honest");
    student("b-parens", `export const x = ${"(".repeat(200_000)}1${")".repeat(200_000)};\n`);
    honest("c-honest");
    expect(grade().code).toBe(0);
    expect(cell("b-parens").outcome).toBe("crashed");
    expect(cell("b-parens").detail).toMatch(/TypeScript compiler crashed/);
    expectHonestPassed("a-honest");
    expectHonestPassed("c-honest");
  });

  it("labels a killed fork with its own student's last words, never another's", () => {
    honestPlus(
      "a-hog",
      "const __hog: number[][] = [];\nwhile (__hog.length >= 0) __hog.push(new Array(1e6).fill(1));",
    );
    honestPlus("b-killed", 'process.kill(process.pid, "SIGKILL");');
    honest("c-honest");
    expect(grade("--memory", "128").code).toBe(0);
    expect(cell("a-hog")).toMatchObject({ outcome: "crashed" });
    expect(cell("a-hog").detail).toMatch(/heap out of memory/);
    expect(cell("b-killed")).toMatchObject({ outcome: "crashed" });
    expect(cell("b-killed").detail).not.toMatch(/heap|memory/);
    expectHonestPassed("c-honest");
  });

  it.each([
    ["a file", () => join(box.root, "package.json"), /is a file, not a folder/],
    ["a folder that cannot be made", () => "/proc/kata-reports", /cannot be created/],
    ["a folder that cannot be written", () => "/proc/self", /cannot be written/],
  ])("checks --out before grading: %s", (_, target, message) => {
    honest("honest");
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [join(box.root, "bin/kata.js"), "grade", subs, "--out", target()],
      { cwd: box.root, encoding: "utf8", env: env(), timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).not.toContain("Graded");
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readdirSync(tmp).filter((f) => f.startsWith("kata-grade-"))).toEqual([]);
  });

  it.each([["2000000"], ["601"], ["1e9"]])("refuses --timeout %s before grading", (seconds) => {
    honest("honest");
    const run = grade("--timeout", seconds);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout/);
    expect(run.stdout).not.toContain("Graded");
  });

  it("shows progress on a terminal, and nothing extra without one", () => {
    honest("a-honest");
    honestPlus("b-failing", 'throw new Error("broken at import");');
    honest("c-honest");
    const command = `node bin/kata.js grade ${subs} --out ${out()} --jobs 1`;
    const tty = spawnSync("script", ["-qec", command, "/dev/null"], {
      cwd: box.root,
      encoding: "utf8",
      env: { ...env(), COLUMNS: "100" },
      timeout: 180_000,
    });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/1\/3 students graded, 0 failing/);
    expect(tty.stdout).toMatch(/2\/3 students graded, 1 failing, about \d+ s left/);
    const plain = grade();
    expect(plain.stderr).toBe("");
    expect(plain.stdout).not.toMatch(/students graded|left/);
    expect(plain.stdout).toMatch(/^Graded 3 students/);
  });

  it.each([["SIGINT"], ["SIGTERM"]] as const)(
    "%s ends every grading process and removes every temporary folder",
    async (signal) => {
      honest("a-honest");
      honestPlus("b-loop", "while (Date.now() > 0) {}");
      honest("c-honest");
      const child = spawn(
        process.execPath,
        [
          join(box.root, "bin/kata.js"),
          "grade",
          subs,
          "--out",
          out(),
          "--jobs",
          "2",
          "--timeout",
          "120",
        ],
        { cwd: box.root, env: env(), stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
      try {
        // Wait until the sandboxed fork runs the endless loop.
        await until(() => ours().some((p) => p.cmdline.includes("--experimental-permission")));
        await sleep(1000);
        child.kill(signal);
        const code = await Promise.race([exited, sleep(20_000).then(() => "still running")]);
        expect(code).toBe(2);
        expect(stderr).toContain(`Grading stopped (${signal})`);
        await until(() => ours().length === 0, 5_000);
        expect(readdirSync(tmp).filter((f) => f.startsWith("kata-grade-"))).toEqual([]);
        expect(existsSync(join(out(), "report.json"))).toBe(false);
      } finally {
        stop(child);
        for (const { pid } of ours()) process.kill(pid, "SIGKILL");
      }
    },
  );

  it("escapes control characters in student names on the terminal", () => {
    const name = "eve\x1b[2J\x1b]0;owned\x07\u202e";
    honest(name);
    honest("honest");
    const run = grade();
    expect(run.code).toBe(0);
    // Tabs and newlines are the report's own; nothing else below space, no DEL, no bidi override.
    expect(run.stdout.replace(/[\t\n]/g, "")).not.toMatch(UNPRINTABLE);
    expect(run.stdout).toContain("eve\\x1b[2J\\x1b]0;owned\\x07\\u202e");
    expect(report().students.map((s) => s.student)).toContain(name);
  });

  it("defuses formulas behind leading spaces and full-width signs in the CSV", () => {
    const names = [" =1+1", "\u3000=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "honest"];
    for (const name of names) honest(name);
    expect(grade().code).toBe(0);
    const rows = readFileSync(join(out(), "report.csv"), "utf8").trim().split("\r\n").slice(1);
    for (const row of rows.filter((r) => !r.startsWith("honest"))) expect(row).toMatch(/^"?'/);
    expectHonestPassed("honest");
  });

  it("reports a student folder that is a symbolic link as a row, without following it", () => {
    const elsewhere = join(work, `elsewhere-${n}`);
    mkdirSync(join(elsewhere, "katas/singleton"), { recursive: true });
    writeFileSync(join(elsewhere, "katas/singleton/singleton.ts"), readFileSync(secret));
    utimesSync(join(elsewhere, "katas/singleton/singleton.ts"), new Date(0), new Date());
    symlinkSync(elsewhere, join(subs, "linked"));
    honest("honest");
    expect(grade().code).toBe(0);
    expect(cell("linked")).toMatchObject({ outcome: "refused", steps: { passed: 0, total: 4 } });
    expect(cell("linked").detail).toMatch(/symbolic link/);
    expect(wasRead(join(elsewhere, "katas/singleton/singleton.ts"))).toBe(false);
    expectHonestPassed("honest");
  });
});

/** The processes this test's grader started: those with its TMPDIR in their environment. */
function ours(): { pid: number; cmdline: string }[] {
  const found: { pid: number; cmdline: string }[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      // The worker has TMPDIR, the fork a folder inside it.
      if (!environ.split("\0").some((v) => v.startsWith(`TMPDIR=${tmp}`))) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      found.push({ pid: Number(pid), cmdline });
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

async function until(done: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(100);
  }
}

function stop(child: ChildProcess) {
  if (child.exitCode === null) child.kill("SIGKILL");
}
