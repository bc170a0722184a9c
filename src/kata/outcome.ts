import type { Observed } from "../testing/differential.ts";
import type { Kata } from "./catalog.ts";
import type { RunningTest, RunReport, TestOutcome } from "./report.ts";
import type { SourceFile } from "./source-files.ts";

// The data a run produces, plain enough to cross process boundaries as JSON. The runner makes
// it, the verdict judges it, the renderers show it: so it lives below all three.

/** One TypeScript error, with the file in `/` form relative to the repository root. */
export interface TypeDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

/** How a module's demo() compares with what original.py prints in CPython. */
export type TranscriptParity =
  | { readonly kind: "same"; readonly python: string; readonly lines: number }
  | {
      readonly kind: "differ";
      readonly python: string;
      readonly line: number;
      readonly expected: string;
      readonly actual: string;
    }
  | { readonly kind: "error"; readonly message: string }
  /** Watch mode shows the tests' verdict at once and the parity check when CPython answers. */
  | { readonly kind: "pending" };

/**
 * What `kata test` found, in the order a learner should meet it: type errors first, then code
 * that does not load, then code that never finishes, then the tests themselves.
 */
export type KataOutcome =
  | { readonly kind: "type-errors"; readonly diagnostics: readonly TypeDiagnostic[] }
  | { readonly kind: "load-error"; readonly file: string; readonly message: string }
  | { readonly kind: "missing-exports"; readonly file: string; readonly missing: readonly string[] }
  | {
      readonly kind: "timeout";
      readonly seconds: number;
      /** The test that was running when the run was stopped, when one was. */
      readonly running?: RunningTest;
      /** The tests that had ended by then. */
      readonly tests?: readonly TestOutcome[];
    }
  | {
      readonly kind: "tests";
      readonly report: RunReport;
      /** demo() against original.py in CPython; checked once every test is green. */
      readonly parity?: TranscriptParity;
    };

/** The first input on which two implementations disagree, shrunk, with both observations. */
export interface Divergence {
  readonly input: string;
  readonly learner: Observed;
  readonly reference: Observed;
  readonly seed: number;
  readonly runs: number;
}

export type DifferentialResult =
  | { readonly kind: "agree"; readonly runs: number; readonly seed: number }
  | ({ readonly kind: "diverge" } & Divergence);

/** Everything `kata compare` shows: the spec on both, generated inputs on both, both texts. */
export interface Comparison {
  readonly kata: Kata;
  /** The spec against both: targets `learner` and `reference`. */
  readonly spec: KataOutcome;
  /** Absent when the kata declares no `compare.ts`. */
  readonly differential?: DifferentialResult | { readonly kind: "error"; readonly message: string };
  /** The learner's files and the reference's, each entry file first: compared like for like. */
  readonly learnerFiles: readonly SourceFile[];
  readonly referenceFiles: readonly SourceFile[];
}

/** The target names of a comparison's spec run. */
export const COMPARE_TARGETS = { learner: "yours", reference: "reference" } as const;
