import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// What a learner reads after each command, on a throwaway copy of the repository.
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const stub = () => join(box.root, "katas/singleton/singleton.ts");
const reference = () => readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8");
const progress = () =>
  JSON.parse(readFileSync(join(box.root, ".kata/progress.json"), "utf8")) as {
    katas: Record<
      string,
      { status: string; hints: Record<string, number>; solutionForced?: boolean }
    >;
  };

describe("feedback that does not mislead", () => {
  it("counts the hint kata test showed, so kata hint gives the next one", () => {
    const run = box.kata("test", "singleton");
    expect(run.stdout).toContain("Hint: ");
    expect(progress().katas.singleton?.hints).toEqual({ "one-instance": 1 });
    expect(box.kata("hint", "singleton").stdout).toContain("Hint 2/");
  });

  it("leaves a kata nobody touched as to do when kata runs without a terminal", () => {
    const run = box.kata();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/singleton +· to do/);
    expect(progress().katas.singleton).toBeUndefined();
  });

  it("marks the first line where demo() differs from CPython's, not two whole lists", () => {
    writeFileSync(stub(), reference().replace("`printing ", "`printing: "));
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("- expected, + actual:");
    expect(run.stdout).toMatch(/^\s+- +"printing report\.pdf",$/m);
    expect(run.stdout).toMatch(/^\s+\+ +"printing: report\.pdf",$/m);
    expect(run.stdout).not.toContain("more characters cut");
  });

  it("keeps the reference's code hidden in kata compare before a pass, and shows a summary first", () => {
    const run = box.kata("compare", "singleton");
    const lines = run.stdout.split("\n");
    expect(lines[2]).toMatch(/^The spec: yours passes 0 of \d+ tests, the reference \d+ of \d+\.$/);
    expect(run.stdout).toContain("The reference's code stays hidden until your kata passes");
    expect(run.stdout).not.toContain("+++ solutions/singleton/singleton.ts");
    // Nothing was shown, so nothing is recorded.
    expect(existsSync(join(box.root, ".kata/progress.json"))).toBe(false);
  });

  it("shows the reference's code with --force before a pass, and records it", () => {
    const run = box.kata("compare", "singleton", "--force");
    expect(run.stdout).toContain("+++ solutions/singleton/singleton.ts");
    expect(progress().katas.singleton?.solutionForced).toBe(true);
  });
});
