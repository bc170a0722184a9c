import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  classroom50Runtime,
  classroom50Tests,
  githubWorkflow,
  gradescopeResults,
} from "../../src/classroom/platform-schemas.fixture.ts";
import { installInto } from "./install.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// The three platforms end to end on a throwaway copy of the repository (singleton only): the
// files kata writes for each, validated against the platform's documented format, then run here
// as the platform would run them, on an honest, a partial and a hostile student.

let box: Sandbox;
let work: string;
let pack: string;
beforeAll(() => {
  box = sandbox();
  // What a pack and the autograder carry beyond the sandbox's copy of the repository.
  for (const file of ["scripts/kata-steps.ts", "package-lock.json", ".gitignore"])
    cpSync(join(import.meta.dirname, "../..", file), join(box.root, file));
  work = mkdtempSync(join(tmpdir(), "kata-platforms-"));
  pack = join(work, "pack");
  expect(box.kata("pack", pack).code).toBe(0);
  installInto(pack);
});
afterAll(() => {
  box.remove();
  rmSync(work, { recursive: true, force: true });
});

const reference = () => readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8");
/** A student who did the first two steps: lazyAsync loads on every call. */
const partial = () => reference().replace("pending ??= init()", "pending = init()");
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };

/** A student's clone of the pack, with `code` as their singleton.ts. */
function studentClone(name: string, code: string): string {
  const dir = join(work, name);
  cpSync(pack, dir, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dir, "katas/singleton/singleton.ts"), code);
  return dir;
}

const bash = (command: string, cwd: string, extra: NodeJS.ProcessEnv = {}) =>
  spawnSync("bash", ["-c", command], { cwd, encoding: "utf8", env: { ...env, ...extra } });

describe("Classroom 50", () => {
  let tests: { name: string; run: string; points: number; timeout: number }[];
  beforeAll(() => {
    const run = box.kata("classroom", "classroom50", pack);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    tests = JSON.parse(readFileSync(join(pack, "classroom50/tests.json"), "utf8"));
  });

  it("writes tests and a runtime that validate against Classroom 50's schema", () => {
    expect(classroom50Tests.safeParse(tests).error).toBeUndefined();
    const runtime = JSON.parse(readFileSync(join(pack, "classroom50/runtime.json"), "utf8"));
    expect(classroom50Runtime.safeParse(runtime).error).toBeUndefined();
    expect(runtime).toEqual({ "runs-on": "ubuntu-latest", node: "20" });
    expect(tests.map((t) => t.points)).toEqual([0, 3, 3, 2, 2]);
  });

  it("leaves a template in Classroom 50's layout, committed", () => {
    for (const file of ["README.md", ".gitignore", "classroom50/README.md"])
      expect(existsSync(join(pack, file))).toBe(true);
    expect(existsSync(join(pack, ".github/workflows/autograde.yaml"))).toBe(false);
    const log = spawnSync("git", ["log", "--oneline"], { cwd: pack, encoding: "utf8" }).stdout;
    expect(log).toMatch(/Classroom 50: grading per kata step/);
  });

  it("grades each step in the student's checkout as the runner would: exit 0 only for a passed step", () => {
    const results = (code: string, name: string) => {
      const dir = studentClone(name, code);
      const cache = mkdtempSync(join(work, "runner-temp-"));
      return tests.slice(1).map((t) => {
        const run = bash(t.run, dir, { RUNNER_TEMP: cache });
        expect(run.stdout.length).toBeLessThan(2000);
        return { passed: run.status === 0, points: t.points, output: run.stdout };
      });
    };
    const honest = results(reference(), "c50-honest");
    expect(honest.map((r) => r.passed)).toEqual([true, true, true, true]);
    const half = results(partial(), "c50-partial");
    expect(half.map((r) => r.passed)).toEqual([true, true, false, false]);
    expect(half.filter((r) => r.passed).reduce((n, r) => n + r.points, 0)).toBe(6);
    expect(half[2]?.output).toMatch(
      /^singleton 3\/4: .*\nNot yet: \d+ of \d+ tests? of this step failed\.\nFirst: /,
    );
    const stub = results(
      readFileSync(join(pack, "katas/singleton/singleton.ts"), "utf8"),
      "c50-stub",
    );
    expect(stub.every((r) => !r.passed)).toBe(true);
  });

  it("refuses the teacher's repository, and a template with its own autograde workflow", () => {
    const teacher = box.kata("classroom", "classroom50", box.root);
    expect(teacher.code).toBe(2);
    expect(teacher.stderr).toContain("holds solutions/");
    const broken = studentClone("c50-autograde", reference());
    mkdirSync(join(broken, ".github/workflows"), { recursive: true });
    writeFileSync(join(broken, ".github/workflows/autograde.yaml"), "on: push\n");
    const refused = box.kata("classroom", "classroom50", broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("autograde.yaml");
  });
});

describe("GitHub Actions", () => {
  let workflow: ReturnType<typeof githubWorkflow.parse>;
  beforeAll(() => {
    const run = box.kata("classroom", "actions", pack);
    expect(run.code).toBe(0);
    workflow = githubWorkflow.parse(
      parse(readFileSync(join(pack, ".github/workflows/katas.yml"), "utf8")),
    );
  });

  it("runs its grading step: a job summary table and the results artifact", () => {
    const step = workflow.jobs.katas?.steps.find((s) => s.run?.includes("kata-steps.ts"));
    const dir = studentClone("actions-partial", partial());
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    const run = bash(step?.run ?? "false", dir, { GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    const table = readFileSync(summary, "utf8");
    expect(table).toMatch(/^## Katas: 6 of 10 points\n/);
    expect(table).toContain(
      "| singleton | singleton 1/4: One instance, however it is obtained, and a reset for tests | ✅ passed | 3/3 |",
    );
    expect(table).toMatch(/\| singleton \| singleton 3\/4: .* \| ❌ Not yet: .* \| 0\/2 \|/);
    const artifact = JSON.parse(readFileSync(join(dir, "kata-results/results.json"), "utf8"));
    expect(artifact.points).toEqual({ passed: 6, total: 10 });
  });
});

describe("Gradescope", () => {
  let source: string;
  beforeAll(() => {
    const zip = join(work, "autograder.zip");
    const run = box.kata("classroom", "gradescope", "--out", zip, "--timeout", "5");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    source = join(work, "source");
    // Gradescope unzips into /autograder/source; unzip keeps the files' Unix modes.
    expect(spawnSync("unzip", ["-q", zip, "-d", source]).status).toBe(0);
    // What setup.sh's `npm ci` makes, as the sandbox has it: real package folders, which the
    // grader lets its sandbox read (it skips links that lead out of node_modules).
    symlinkSync(join(import.meta.dirname, "../../node_modules"), join(source, "node_modules"));
  });

  it("is a zip with setup.sh and an executable run_autograder at its root, and no solution", () => {
    expect(statSync(join(source, "run_autograder")).mode & 0o111).toBe(0o111);
    expect(statSync(join(source, "setup.sh")).mode & 0o111).toBe(0o111);
    expect(bash("bash -n setup.sh && bash -n run_autograder", source).status).toBe(0);
    expect(existsSync(join(source, "solutions"))).toBe(false);
    expect(readdirSync(join(source, "katas"))).toEqual(["singleton"]);
  });

  function grade(name: string, code: string | undefined) {
    const root = join(work, `gs-${name}`);
    mkdirSync(join(root, "submission"), { recursive: true });
    if (code !== undefined) {
      mkdirSync(join(root, "submission/katas/singleton"), { recursive: true });
      writeFileSync(join(root, "submission/katas/singleton/singleton.ts"), code);
    }
    const run = spawnSync(join(source, "run_autograder"), [], {
      cwd: root,
      encoding: "utf8",
      env: { ...env, KATA_AUTOGRADER: root, KATA_SOURCE: source },
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const results = JSON.parse(readFileSync(join(root, "results/results.json"), "utf8"));
    expect(gradescopeResults.safeParse(results).error).toBeUndefined();
    return results as {
      score: number;
      output: string;
      tests: { name: string; score: number; max_score: number; status: string; output: string }[];
    };
  }

  it("grades an honest submission: every step, full marks", () => {
    const results = grade("honest", reference());
    expect(results.score).toBe(10);
    expect(results.tests.map((t) => [t.score, t.max_score, t.status])).toEqual([
      [3, 3, "passed"],
      [3, 3, "passed"],
      [2, 2, "passed"],
      [2, 2, "passed"],
    ]);
    expect(results.tests[0]?.name).toBe(
      "singleton 1/4: One instance, however it is obtained, and a reset for tests",
    );
  });

  it("grades a partial submission with partial credit, saying what fails", () => {
    const results = grade("partial", partial());
    expect(results.score).toBe(6);
    expect(results.tests.map((t) => t.status)).toEqual(["passed", "passed", "failed", "failed"]);
    expect(results.tests[2]?.output).toMatch(
      /^Not yet: \d+ of \d+ tests? of this step failed\.\nFirst: /,
    );
    expect(results.output).toMatch(/^6 of 10 points; 0 of 1 kata passed every step/);
  });

  it("gives a hostile submission nothing, refused, and an empty one nothing, missing", () => {
    const hostile = grade(
      "hostile",
      `${reference()}\nimport { createTracing } from "node:trace_events";\ncreateTracing({ categories: ["v8"] }).enable();\n`,
    );
    expect(hostile.score).toBe(0);
    expect(hostile.tests.every((t) => t.status === "failed")).toBe(true);
    expect(hostile.tests[0]?.output).toContain("the sandbox refused what the code tried");
    const empty = grade("empty", undefined);
    expect(empty.score).toBe(0);
    expect(empty.tests[0]?.output).toContain("there is no file for this kata");
  });
});
