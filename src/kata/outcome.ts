import type { TranscriptParity } from "../parity/transcript.ts";
import type { TypeDiagnostic } from "../runner/typecheck.ts";
import type { RunReport } from "./report.ts";

/**
 * What `kata test` found, in the order a learner should meet it: type errors first, then code
 * that does not load, then code that never finishes, then the tests themselves.
 */
export type KataOutcome =
  | { readonly kind: "type-errors"; readonly diagnostics: readonly TypeDiagnostic[] }
  | { readonly kind: "load-error"; readonly file: string; readonly message: string }
  | { readonly kind: "missing-exports"; readonly file: string; readonly missing: readonly string[] }
  | { readonly kind: "timeout"; readonly seconds: number }
  | {
      readonly kind: "tests";
      readonly report: RunReport;
      /** demo() against original.py in CPython; checked once every test is green. */
      readonly parity?: TranscriptParity;
    };
