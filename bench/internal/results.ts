import type { BenchCase, PythonStatement, Section } from "./contender.ts";

/** What a call returned, or the error it threw. */
export type Output =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: string };

export interface ContenderResult {
  readonly name: string;
  readonly detail: string | undefined;
  readonly output: Output;
  /** The output is CPython's. */
  readonly correct: boolean;
  /** Median ops/s over the rounds; undefined when the call throws (it is not timed). */
  readonly opsPerSecond: number | undefined;
  /** Ours ÷ this contender, the median of the per-round ratios; undefined for ours. */
  readonly ratio: number | undefined;
}

export interface CaseResult {
  readonly label: string;
  readonly expected: string;
  readonly python: PythonStatement;
  readonly ours: ContenderResult;
  readonly peers: readonly ContenderResult[];
}

export interface SectionResult {
  readonly section: Section;
  readonly cases: readonly CaseResult[];
}

/** CPython's timing of one case, next to ours. */
export interface CpythonRow {
  readonly label: string;
  readonly ours: string;
  readonly oursNsPerOp: number;
  readonly cpythonNsPerOp: number;
  /** What this python3 returned, to show that it agrees with CPython 3.14 on this case. */
  readonly output: string;
  readonly expected: string;
}

export type { BenchCase };
