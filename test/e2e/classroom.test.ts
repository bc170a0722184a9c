import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mismatches, syntheticClass } from "../../scripts/synthetic-class.ts";
import type { ClassReport } from "../../src/classroom/report.ts";
import { installInto } from "./install.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// The classroom commands on a throwaway copy of the repository (the singleton kata only): a
// pack that passes its own `npm test`, and `kata grade` over a small synthetic class with one
// student of each kind, including one that tries to write outside its folder.
let box: Sandbox;
let work: string;
beforeAll(() => {
  box = sandbox();
  // What a pack carries beyond the sandbox's copy of the repository.
  for (const file of ["scripts/kata-steps.ts", "package-lock.json", ".gitignore"])
    cpSync(join(import.meta.dirname, "../..", file), join(box.root, file));
  work = mkdtempSync(join(tmpdir(), "kata-e2e-class-"));
});
afterAll(() => {
  box.remove();
  rmSync(work, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it, in `/` form. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

describe("kata pack", () => {
  it("makes a student repository without solutions that passes its own npm test", () => {
    const pack = join(work, "pack");
    const run = box.kata("pack", pack, "--katas", "singleton");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(pack, "solutions"))).toBe(false);
    // The learner's CLI only: not the teacher's commands, not the tool's own tests and fixtures.
    expect(existsSync(join(pack, "src/classroom"))).toBe(false);
    const tool = ["src", "bin", "scripts"]
      .filter((dir) => existsSync(join(pack, dir)))
      .flatMap((dir) => filesUnder(join(pack, dir)).map((file) => `${dir}/${file}`));
    expect(tool).toContain("src/cli/run.ts");
    expect(tool.filter((file) => /\.(test|fixture)\.ts$/.test(file))).toEqual([]);
    expect(existsSync(join(pack, "katas/singleton/singleton.test.ts"))).toBe(true);
    expect(readFileSync(join(pack, "README.md"), "utf8")).toContain("npx kata test singleton");
    const log = execFileSync("git", ["log", "--oneline"], { cwd: pack, encoding: "utf8" });
    expect(log.trim().split("\n")).toHaveLength(1);

    expect(existsSync(join(pack, ".vscode/settings.json"))).toBe(true);
    expect(existsSync(join(pack, ".devcontainer/devcontainer.json"))).toBe(true);

    installInto(pack);
    // npm is npm.cmd on Windows, which only a shell starts.
    const test = spawnSync("npm", ["test"], {
      cwd: pack,
      encoding: "utf8",
      timeout: 120_000,
      shell: process.platform === "win32",
    });
    expect(test.stdout).toContain("structure only, no references in a pack");
    expect(test.status).toBe(0);
  });

  it("installs only what a student needs with npm ci --omit=dev, which is enough to work", () => {
    const pack = join(work, "pack-installed");
    expect(box.kata("pack", pack, "--katas", "singleton").code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(pack, "package.json"), "utf8"));
    expect(pkg.devDependencies).toBeUndefined();
    expect(Object.keys(pkg.dependencies)).toContain("vitest");
    expect(readFileSync(join(pack, "package-lock.json"), "utf8")).not.toContain('"dev": true');
    expect(readFileSync(join(pack, "README.zh-CN.md"), "utf8")).toContain("## 提交作业");

    // A real install, from npm's cache when it has the packages (the registry otherwise).
    const npm = (...args: string[]) =>
      spawnSync("npm", args, {
        cwd: pack,
        encoding: "utf8",
        timeout: 300_000,
        shell: process.platform === "win32",
      });
    const install = npm("ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund");
    expect(install.stderr).not.toMatch(/npm error/);
    expect(install.status).toBe(0);
    const installed = readdirSync(join(pack, "node_modules"));
    for (const runtime of ["vitest", "vite", "tsx", "typescript", "fast-check", "pyodide", "zod"])
      expect(installed).toContain(runtime);
    for (const tool of ["@biomejs", "@stryker-mutator", "playwright-core", "tinybench", "fflate"])
      expect(installed).not.toContain(tool);
    expect(npm("test").status).toBe(0);
    // `npx kata` as the student types it: found in node_modules/.bin, linked by npm ci from
    // the `kata` package in bin/ (docs/performance.md says why it is not the root's own bin).
    const kata = spawnSync("npx", ["kata", "test", "singleton"], {
      cwd: pack,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, KATA_DAEMON: "0" },
      shell: process.platform === "win32",
    });
    expect(existsSync(join(pack, "node_modules/.bin/kata"))).toBe(true);
    expect(kata.stdout).toContain("Step 1 of 4, one-instance");
    expect(kata.status).toBe(1);
  });

  it("answers the teacher's commands inside a pack with a usage error", () => {
    // The pack of the test above, its dependencies installed.
    const pack = join(work, "pack");
    for (const command of [
      ["grade", "submissions"],
      ["pack", join(work, "again")],
    ]) {
      const run = spawnSync(process.execPath, [join(pack, "bin/kata.js"), ...command], {
        cwd: pack,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
      });
      expect(run.stderr).toContain(
        "The teacher's commands (pack, classroom, grade) are not part of this copy: it is a student pack.",
      );
      expect(run.status).toBe(2);
    }
    expect(existsSync(join(work, "again"))).toBe(false);
  });

  it("refuses a folder that is not empty, unless --force", () => {
    const dir = join(work, "taken");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "keep me");
    const refused = box.kata("pack", dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the folder is not empty");
    expect(box.kata("pack", dir, "--force").code).toBe(0);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("keep me");
  });
});

describe("kata grade", () => {
  it("grades every kind of submission, each with the right outcome, and refuses the malicious", async () => {
    const subs = join(work, "subs");
    const made = await syntheticClass(box.root, subs, {
      katas: ["singleton"],
      kinds: [
        "correct",
        "partial",
        "partial",
        "stub",
        "stub",
        "hanging",
        "malicious",
        "malicious",
        "crashing",
        "broken",
      ],
    });
    const out = join(work, "out");
    const run = box.kata(
      "grade",
      subs,
      "--out",
      out,
      "--timeout",
      "4",
      "--jobs",
      "2",
      "--seed",
      "1",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Graded 10 students × 1 kata in");

    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as ClassReport;
    expect(mismatches(made.expected, report)).toEqual([]);
    const malicious = report.students.filter((s) => s.student.endsWith("malicious"));
    expect(malicious.map((s) => s.katas[0]?.detail)).toEqual([
      // Node's permission model refused the write...
      expect.stringMatching(/^refused by the sandbox: FileSystemWrite .*PWNED/),
      // ...and the grader refused to load the reference for the fork through vitest.
      expect.stringMatching(/^refused by the sandbox: FileSystemRead .*solutions\/singleton/),
    ]);
    for (const file of made.forbidden) expect(existsSync(file)).toBe(false);

    const html = readFileSync(join(out, "report.html"), "utf8");
    for (const s of made.students) expect(html).toContain(`data-student="${s}"`);
    const csv = readFileSync(join(out, "report.csv"), "utf8").trim().split("\r\n");
    expect(csv).toHaveLength(11);

    // Points per step, the same in every output: each passed step earns its share (3, 3, 2, 2 of
    // 10 for singleton's four steps), a refused kata nothing; the CSV and the page say the same.
    expect(report.katas[0]?.points).toEqual([3, 3, 2, 2]);
    for (const s of report.students) {
      const k = s.katas[0];
      if (!k) continue;
      const earned = k.byStep.reduce(
        (n, step, i) => n + (step.passed ? ([3, 3, 2, 2][i] ?? 0) : 0),
        0,
      );
      expect(k.points).toEqual({ passed: k.outcome === "refused" ? 0 : earned, total: 10 });
      expect(k.steps.passed).toBe(k.byStep.filter((step) => step.passed).length);
      const row = csv.find((r) => r.startsWith(`${s.student},`))?.split(",");
      expect(row?.[3]).toBe(String(k.points.passed));
      expect(html).toMatch(
        new RegExp(
          `data-student="${s.student}">.*?>${k.steps.passed}/4<small>${k.points.passed} pt</small>`,
        ),
      );
    }
    const partial = report.students.filter((s) => (s.katas[0]?.points.passed ?? 0) % 10 !== 0);
    expect(partial.length).toBeGreaterThan(0);
  });
});
