import { describe, expect, it } from "vitest";
import { plain } from "../render/paint.ts";
import { classroomEn, classroomZhCN } from "./messages.ts";
import { UNPRINTABLE } from "./printable.ts";
import { progressLine, renderGrade } from "./render-grade.ts";
import { cell, classReport, student } from "./test-fixtures.ts";

describe("renderGrade", () => {
  it("writes a student's name with its control characters escaped", () => {
    const report = classReport([student("eve\x1b[2J\u202e", [cell("singleton", "passed", 2)])]);
    const text = renderGrade(report, [], plain, classroomEn);
    expect(text).toContain("eve\\x1b[2J\\u202e");
    expect(text.replaceAll("\n", "")).not.toMatch(UNPRINTABLE);
  });
});

describe("progressLine", () => {
  it("counts students and failures, with the time left at the pace so far", () => {
    const line = progressLine({ done: 2, total: 3, failing: 1, elapsedMs: 8000 }, classroomEn);
    expect(line).toBe("2/3 students graded, 1 failing, about 4 s left");
  });

  it("speaks of minutes for a long wait, and of nothing left at the end", () => {
    expect(progressLine({ done: 1, total: 31, failing: 0, elapsedMs: 6000 }, classroomEn)).toBe(
      "1/31 students graded, 0 failing, about 3 min left",
    );
    expect(progressLine({ done: 3, total: 3, failing: 0, elapsedMs: 9000 }, classroomEn)).toBe(
      "3/3 students graded, 0 failing",
    );
  });

  it("speaks Chinese to a Chinese-speaking teacher", () => {
    expect(progressLine({ done: 2, total: 3, failing: 1, elapsedMs: 8000 }, classroomZhCN)).toBe(
      "已评 2/3 名学生，1 名未全部通过，约剩 4 秒",
    );
  });
});
