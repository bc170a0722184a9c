import { stepPoints } from "./points.ts";
import type { ClassReport, KataGrade, StudentGrade } from "./report.ts";

/** A cell whose first `passed` of `total` steps passed, each step worth its share of 10 points. */
export function cell(
  kataId: string,
  outcome: KataGrade["outcome"],
  passed = 0,
  total = 2,
): KataGrade {
  const shares = stepPoints(10, total);
  const byStep = shares.map((max, i) => ({
    step: `step-${i + 1}`,
    passed: i < passed,
    tests: { passed: i < passed ? 2 : 0, total: 2 },
    points: { passed: i < passed && outcome !== "refused" ? max : 0, total: max },
    ...(i < passed ? {} : { detail: `test ${i + 1}: expected 1 to be 2` }),
  }));
  return {
    kata: kataId,
    outcome,
    steps: { passed, total },
    tests: { passed: passed * 2, total: total * 2 },
    points: {
      passed: byStep.reduce((n, s) => n + s.points.passed, 0),
      total: 10,
    },
    byStep,
    ...(outcome === "passed" ? {} : { detail: `${outcome} detail` }),
  };
}

export function student(name: string, katas: readonly KataGrade[]): StudentGrade {
  return { student: name, katas, seconds: 1 };
}

/** A small class: three students over two katas, one of them with a hostile name. */
export function classReport(students?: readonly StudentGrade[]): ClassReport {
  return {
    version: 2,
    generatedAt: "2026-01-01T00:00:00.000Z",
    submissions: "/tmp/subs",
    katas: [
      { id: "singleton", title: "Singleton", steps: 2, points: [5, 5] },
      { id: "observer", title: "Observer", steps: 2, points: [5, 5] },
    ],
    limits: { points: 10, timeoutSeconds: 10, memoryMb: 512, jobs: 2, seed: 7 },
    students: students ?? [
      student("bob", [cell("singleton", "passed", 2), cell("observer", "failing", 1)]),
      student("alice", [cell("singleton", "timeout", 0), cell("observer", "passed", 2)]),
      student('=cmd|"<img src=x onerror=alert(1)>', [
        cell("singleton", "refused", 0),
        cell("observer", "missing", 0),
      ]),
    ],
    seconds: 12.5,
  };
}
