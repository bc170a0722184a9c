import { describe, expect, it } from "vitest";
import { resultWordsEn, resultWordsZhCN } from "../i18n/result-words.ts";
import { kata } from "../kata/catalog.fixture.ts";
import type { ResultsV3 } from "./results-json.ts";
import { stepsMarkdown, stepVerdicts } from "./step-report.ts";

const singleton = kata("singleton", ["one", "two", "three"]);
const test = (task: number, status: "pass" | "fail", message?: string) => ({
  name: `${["one", "two", "three"][task - 1]} > case ${task}`,
  status,
  task_id: task,
  ...(message ? { message } : {}),
});

describe("stepVerdicts", () => {
  const run: ResultsV3 = {
    version: 3,
    status: "fail",
    tests: [
      test(1, "pass"),
      test(1, "pass"),
      test(2, "fail", "expected 1 to be 2\n  at x"),
      test(2, "pass"),
    ],
  };
  const verdicts = stepVerdicts(singleton, run, [4, 3, 3], "en", resultWordsEn);

  it("passes a step whose every test passed, with its points, and only that step", () => {
    expect(verdicts.map((v) => [v.n, v.passed, v.points.passed, v.points.total])).toEqual([
      [1, true, 4, 4],
      [2, false, 0, 3],
      [3, false, 0, 3],
    ]);
    expect(verdicts[0]?.name).toBe("singleton 1/3: one");
  });

  it("says which test of a step failed first, and that a step without tests did not run", () => {
    expect(verdicts[1]?.output).toBe(
      "Not yet: 1 of 2 tests of this step failed.\nFirst: case 2: expected 1 to be 2",
    );
    expect(verdicts[2]?.output).toBe(
      "This step's tests did not run: the kata did not run to the end (no test of this step ran).",
    );
  });

  it("fails every step, saying why, when the kata did not reach its tests", () => {
    const typeErrors: ResultsV3 = {
      version: 3,
      status: "error",
      message: "katas/x.ts:1:1 TS2322 oops",
      tests: [],
    };
    for (const v of stepVerdicts(singleton, typeErrors, [4, 3, 3], "zh-CN", resultWordsZhCN)) {
      expect(v.passed).toBe(false);
      expect(v.output).toBe("本步骤的测试没有运行：练习没有运行完（katas/x.ts:1:1 TS2322 oops）。");
    }
    expect(
      stepVerdicts(singleton, { error: "kata crashed" }, [4, 3, 3], "en", resultWordsEn)[0]?.passed,
    ).toBe(false);
  });
});

describe("stepVerdicts in Chinese", () => {
  it("names the first failing test by the title the translation gives it", () => {
    const translated = {
      ...singleton,
      manifest: {
        ...singleton.manifest,
        translations: {
          "zh-CN": {
            source: "0123456789abcdef",
            title: "单例",
            steps: {},
            tests: { "law: keeps order": "性质：保持顺序" },
          },
        },
      },
    };
    const run: ResultsV3 = {
      version: 3,
      status: "fail",
      tests: [{ name: "one > law: keeps order", status: "fail", task_id: 1, message: "boom" }],
    };
    const [first] = stepVerdicts(translated, run, [4, 3, 3], "zh-CN", resultWordsZhCN);
    expect(first?.output).toBe(
      "尚未通过：本步骤的 1 个测试中有 1 个失败。\n第一个：性质：保持顺序: boom",
    );
  });
});

describe("stepsMarkdown", () => {
  it("is a table of every step under the points, with pipes and line breaks escaped", () => {
    const run: ResultsV3 = {
      version: 3,
      status: "fail",
      tests: [test(1, "pass"), test(2, "fail", "a | b")],
    };
    const md = stepsMarkdown(
      stepVerdicts(singleton, run, [4, 3, 3], "en", resultWordsEn),
      resultWordsEn,
    );
    expect(md.split("\n").slice(0, 5)).toEqual([
      "## Katas: 4 of 10 points",
      "",
      "| kata | step | result | points |",
      "|---|---|---|---|",
      "| singleton | singleton 1/3: one | ✅ passed | 4/4 |",
    ]);
    expect(md).toContain(
      "❌ Not yet: 1 of 1 test of this step failed. First: case 2: a \\| b | 0/3 |",
    );
  });
});
