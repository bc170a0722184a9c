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

/** One step of one student's kata: the partial credit. */
export interface StepGrade {
  /** The manifest's step id. */
  readonly step: string;
  /** Every test of the step passed (and at least one ran). */
  readonly passed: boolean;
  readonly tests: Count;
  /** The step's share of the kata's points (`stepPoints`), earned when it passed. */
  readonly points: Count;
  /** The step's first failing test and why, when one failed. */
  readonly detail?: string;
}

/** One student × one kata: the cell of the grid. */
export interface KataGrade {
  readonly kata: string;
  readonly outcome: Outcome;
  /** Steps whose every test passed, of the manifest's steps. */
  readonly steps: Count;
  readonly tests: Count;
  /** Points earned of the kata's points: its passed steps' shares; none when refused. */
  readonly points: Count;
  /** Each step of the manifest, in order. */
  readonly byStep: readonly StepGrade[];
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
  /** 2: points per kata and per step, and each step's result, were added. */
  readonly version: 2;
  readonly generatedAt: string;
  readonly submissions: string;
  readonly katas: readonly {
    readonly id: string;
    readonly title: string;
    readonly steps: number;
    /** Each step's share of the kata's points, in the manifest's order. */
    readonly points: readonly number[];
  }[];
  readonly limits: {
    /** Points per kata, split over its steps. */
    readonly points: number;
    readonly timeoutSeconds: number;
    readonly memoryMb: number;
    readonly jobs: number;
    /** fast-check's seed for every student: the same generated inputs for the whole class. */
    readonly seed: number;
  };
  readonly students: readonly StudentGrade[];
  readonly seconds: number;
}

const sum = (counts: readonly Count[]): Count =>
  counts.reduce((a, b) => ({ passed: a.passed + b.passed, total: a.total + b.total }), {
    passed: 0,
    total: 0,
  });

/** A student's steps passed over every kata graded: `totalSteps(s) // { passed: 7, total: 12 }`. */
export function totalSteps(student: StudentGrade): Count {
  return sum(student.katas.map((k) => k.steps));
}

/** A student's points over every kata graded: `totalPoints(s) // { passed: 17, total: 30 }`. */
export function totalPoints(student: StudentGrade): Count {
  return sum(student.katas.map((k) => k.points));
}
