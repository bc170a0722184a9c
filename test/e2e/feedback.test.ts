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

  it("gives a Python programmer's commonest type errors a one-line tip, in both languages", () => {
    // `self.count = 0` in __init__ and an unannotated parameter are fine in Python.
    const python =
      "class Tally {\n  constructor() {\n    this.count = 0;\n  }\n}\nconst twice = (n) => 2 * n;\n";
    writeFileSync(stub(), `${readFileSync(stub(), "utf8")}\n${python}`);
    const en = box.kata("test", "singleton");
    expect(en.code).toBe(1);
    expect(en.stdout).toContain("TS2339");
    expect(en.stdout).toContain(
      "Tip: Unlike Python's `self.x = …` in `__init__`, assigning does not create a field",
    );
    expect(en.stdout).toContain("Tip: Parameters need a type, unlike Python's optional hints");
    const zh = box.kata("test", "singleton", "--lang", "zh-CN");
    expect(zh.stdout).toContain(
      "提示：和 Python 在 `__init__` 里写 `self.x = …` 不同，赋值并不会创建字段",
    );
    expect(zh.stdout).toContain("提示：参数必须写类型");
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

  it("names a broken law by its Chinese title in Chinese, and replays it by its English one", () => {
    // Right but for one thing: with three documents queued, printNext() takes the newest.
    const fifoOnlyUpToTwo =
      "return this.#queue.length > 2 ? this.#queue.pop() : this.#queue.shift();";
    writeFileSync(stub(), reference().replace("return this.#queue.shift();", fifoOnlyUpToTwo));
    const run = box.kata("test", "singleton", "--lang", "zh-CN");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "  ✗ 性质：任意多个引用、任意调用顺序，表现都和一个先进先出队列完全一样\n",
    );
    expect(run.stdout).toContain(
      "FC_TEST='print-queue > law: any handles, any order of calls, behave as one first-in first-out queue' npx kata test singleton",
    );
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
