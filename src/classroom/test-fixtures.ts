import type { ClassReport, KataGrade, StudentGrade } from "./report.ts";

export function cell(
  kataId: string,
  outcome: KataGrade["outcome"],
  passed = 0,
  total = 2,
): KataGrade {
  return {
    kata: kataId,
    outcome,
    steps: { passed, total },
    tests: { passed: passed * 2, total: total * 2 },
    ...(outcome === "passed" ? {} : { detail: `${outcome} detail` }),
  };
}

export function student(name: string, katas: readonly KataGrade[]): StudentGrade {
  return { student: name, katas, seconds: 1 };
}

/** A small class: three students over two katas, one of them with a hostile name. */
export function classReport(students?: readonly StudentGrade[]): ClassReport {
  return {
    version: 1,
    generatedAt: "2026-01-01T00:00:00.000Z",
    submissions: "/tmp/subs",
    katas: [
      { id: "singleton", title: "Singleton", steps: 2 },
      { id: "observer", title: "Observer", steps: 2 },
    ],
    limits: { timeoutSeconds: 10, memoryMb: 512, jobs: 2, seed: 7 },
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
