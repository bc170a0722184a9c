import { appendFileSync, cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// A port that passes every test of its spec but does not print what original.py prints: only
// the last step, parity with CPython, can tell. The singleton spec compares demo()'s whole
// transcript, so the reference is used as the learner's code and original.py gets one more
// line, which only CPython sees. Every way of running the kata must call it failing at parity.
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  cpSync(
    join(box.root, "solutions/singleton/singleton.ts"),
    join(box.root, "katas/singleton/singleton.ts"),
  );
  appendFileSync(join(box.root, "katas/singleton/original.py"), 'print("one more line")\n');
});
afterAll(() => box.remove());

const progressFile = () => join(box.root, ".kata/progress.json");
const recorded = () =>
  (JSON.parse(readFileSync(progressFile(), "utf8")) as { katas: Record<string, unknown> }).katas
    .singleton;

describe("a kata whose only failure is parity", () => {
  it("fails `kata test` at the parity row, and records that", () => {
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✓ 4\. transcript +\d+ tests?/);
    expect(run.stdout).toMatch(/✗ 5\. parity +demo\(\) against original\.py in CPython/);
    expect(run.stdout).toMatch(
      /Step 5, parity: line 9 of demo\(\) differs from what CPython 3\.14/,
    );
    expect(run.stdout).toContain("python: one more line");
    expect(run.stdout).not.toContain("All 4 steps are green");
    expect(recorded()).toMatchObject({ status: "failing", step: "parity" });
  });

  it("is not passed in the table of `kata` without a terminal either, and is recorded the same", () => {
    rmSync(progressFile());
    const run = box.kata();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ +1\. singleton +✗ failing/m);
    expect(run.stdout).not.toContain("✓ passed");
    expect(run.stdout).toContain("0/1 katas");
    expect(recorded()).toMatchObject({ status: "failing", step: "parity" });
  });

  it("keeps the reference locked", () => {
    const run = box.kata("solution", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The reference opens once singleton passes");
    expect(recorded()).toMatchObject({ solutionViewed: false });
  });
});
