import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { gradescopeResults } from "./gradescope-results.ts";
import { classroomEn, classroomZhCN } from "./messages.ts";
import { gradescopeResults as schema } from "./platform-schemas.fixture.ts";
import { cell, classReport, student } from "./test-fixtures.ts";

const one = (grades: Parameters<typeof student>[1]) => classReport([student("submission", grades)]);
const katas = [kata("singleton"), kata("observer")];

describe("gradescopeResults", () => {
  const report = one([cell("singleton", "passed", 2), cell("observer", "failing", 1)]);
  const results = gradescopeResults(report, katas, "en", "visible", classroomEn);

  it("is Gradescope's documented results.json", () => {
    expect(schema.safeParse(results).error).toBeUndefined();
  });

  it("has one test per step, worth its share, and a score that adds them up", () => {
    expect(results.tests.map((t) => [t.number, t.score, t.max_score, t.status])).toEqual([
      ["1.1", 5, 5, "passed"],
      ["1.2", 5, 5, "passed"],
      ["2.1", 5, 5, "passed"],
      ["2.2", 0, 5, "failed"],
    ]);
    expect(results.score).toBe(15);
    expect(results.output).toMatch(/^15 of 20 points; 1 of 2 katas passed every step/);
  });

  it("says what failed in the step, and earns nothing for a refused kata", () => {
    expect(results.tests[3]?.output).toBe(
      "Not yet: 2 of 2 tests of this step failed.\nFirst: test 2: expected 1 to be 2",
    );
    const refused = gradescopeResults(
      one([cell("singleton", "refused", 2)]),
      katas,
      "en",
      "hidden",
      classroomEn,
    );
    expect(refused.score).toBe(0);
    expect(refused.tests.every((t) => t.status === "failed" && t.visibility === "hidden")).toBe(
      true,
    );
    expect(refused.tests[0]?.output).toContain("earns no points");
  });

  it("speaks the learner's language", () => {
    const zh = gradescopeResults(report, katas, "zh-CN", "visible", classroomZhCN);
    expect(zh.tests[0]?.output).toBe("通过：本步骤的 2 个测试全部通过。");
    expect(zh.output).toMatch(/^得分 15\/20/);
  });

  it("refuses a report of more than one student", () => {
    expect(() => gradescopeResults(classReport(), katas, "en", "visible", classroomEn)).toThrow(
      /one submission/,
    );
  });
});
