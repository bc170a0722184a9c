import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// percent-format builds on format-spec, which builds on format-text, format-int and format-float.
// A learner who has done none of them can still do percent-format: its unfinished prerequisite runs
// on the reference (and that reference on format-text's reference, not on the format-text stub),
// and the CLI says so.
let box: Sandbox;
beforeAll(() => {
  box = sandbox(["format-text", "format-int", "format-float", "format-spec", "percent-format"]);
  // A learner's percent-format that works and uses their format-spec, still the stub. (The
  // reference imports the reference format-spec by its path, so it alone would never meet the stub.)
  writeFileSync(
    join(box.root, "katas/percent-format/percent-format.ts"),
    [
      'import { str } from "#kata/format-spec";',
      'import * as reference from "../../solutions/percent-format/percent-format.ts";',
      "export const demo = reference.demo;",
      "export function percentFormat(template: string, values: unknown): string {",
      '  return str("") + reference.percentFormat(template, values);',
      "}",
      "",
    ].join("\n"),
  );
});
afterAll(() => box.remove());

describe("a kata whose prerequisite is unfinished", () => {
  it("runs on the prerequisite's reference, says so first, and can pass", () => {
    const run = box.kata("test", "percent-format");
    expect(run.stdout.split("\n")[0]).toContain(
      "percent-format builds on format-spec, which you have not finished: it runs on the reference format-spec",
    );
    expect(run.stdout).toContain("✓ 5. parity");
    expect(run.code).toBe(0);
  });

  it("runs on the learner's own prerequisite when asked, naming the kata to finish first", () => {
    const run = box.kata("test", "percent-format", "--prerequisites", "own");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "it runs on your format-spec: a TODO from format-spec means finishing format-spec first",
    );
    expect(run.stdout).toMatch(/TODO step \d \([a-z-]+\): implement/);
  });

  it("runs the prerequisite of a passed prerequisite on its reference when that one is unfinished", () => {
    // The learner passed format-spec with code of their own, which imports their format-text;
    // format-text, format-int and format-float are still the stubs, whose every function throws a
    // TODO.
    const own = join(box.root, "katas/format-spec/format-spec.ts");
    const stub = readFileSync(own, "utf8");
    writeFileSync(
      own,
      [
        'import { codePointLength } from "#kata/format-text";',
        "// Used as the module loads, as a learner's helper table might be.",
        'export const columns = codePointLength("ab");',
        'export * from "../../solutions/format-spec/format-spec.ts";',
        "",
      ].join("\n"),
    );
    mkdirSync(join(box.root, ".kata"), { recursive: true });
    const progress = { version: 1, katas: { "format-spec": { status: "passed", hints: {} } } };
    writeFileSync(join(box.root, ".kata/progress.json"), JSON.stringify(progress));
    try {
      const run = box.kata("test", "percent-format");
      expect(run.stdout.split("\n")[0]).toContain(
        "percent-format builds on format-text, which you have not finished: it runs on the reference format-text",
      );
      expect(run.stdout).toContain(
        "percent-format builds on format-int, which you have not finished: it runs on the reference format-int",
      );
      expect(run.stdout).toContain(
        "percent-format builds on format-float, which you have not finished: it runs on the reference format-float",
      );
      expect(run.stdout).not.toContain("TODO");
      expect(run.code).toBe(0);
    } finally {
      writeFileSync(own, stub);
      rmSync(join(box.root, ".kata"), { recursive: true, force: true });
    }
  });

  it("lists what a kata builds on", () => {
    expect(box.kata("list").stdout).toMatch(/percent-format .*\(builds on format-spec\)/);
  });
});

describe("the whole reference", () => {
  it("kata solution --force shows every file of the reference, never a decoy", () => {
    const run = box.kata("solution", "percent-format", "--force");
    expect(run.code).toBe(0);
    const shown = run.stdout.split("\n").filter((l) => l.startsWith("// solutions/"));
    expect(shown[0]).toBe("// solutions/percent-format/percent-format.ts");
    expect(shown).toContain("// solutions/percent-format/internal/parse.ts");
    expect(shown.some((l) => l.includes("/decoys/"))).toBe(false);
  });
});
