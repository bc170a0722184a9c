/**
 * What `kata grade` found, as plain data: report.json is this, and the CSV and HTML reports are
 * views of it. `version` changes when a field changes meaning.
 */
export const OUTCOMES = [
  "passed",
  "failing",
  "timeout",
  "load-error",
  "crashed",
  "refused",
  "missing",
] as const;

/** How one student's kata ended, from best to worst news for the teacher. */
export type Outcome = (typeof OUTCOMES)[number];

export interface Count {
  readonly passed: number;
  readonly total: number;
}

/** One student × one kata: the cell of the grid. */
export interface KataGrade {
  readonly kata: string;
  readonly outcome: Outcome;
  /** Steps whose every test passed, of the manifest's steps. */
  readonly steps: Count;
  readonly tests: Count;
  /** The first thing worth reading: a failing test, the load error, what was refused. */
  readonly detail?: string;
}

export interface StudentGrade {
  /** The student's folder name under the submissions folder. */
  readonly student: string;
  readonly katas: readonly KataGrade[];
  /** Wall-clock seconds spent grading this student. */
  readonly seconds: number;
}

export interface ClassReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly submissions: string;
  readonly katas: readonly {
    readonly id: string;
    readonly title: string;
    readonly steps: number;
  }[];
  readonly limits: {
    readonly timeoutSeconds: number;
    readonly memoryMb: number;
    readonly jobs: number;
    /** fast-check's seed for every student: the same generated inputs for the whole class. */
    readonly seed: number;
  };
  readonly students: readonly StudentGrade[];
  readonly seconds: number;
}

/** A student's steps passed over every kata graded: `totalSteps(s) // { passed: 7, total: 12 }`. */
export function totalSteps(student: StudentGrade): Count {
  return student.katas.reduce(
    (sum, k) => ({ passed: sum.passed + k.steps.passed, total: sum.total + k.steps.total }),
    { passed: 0, total: 0 },
  );
}
