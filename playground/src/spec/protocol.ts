import type { KataOutcome } from "../../../src/kata/outcome.ts";
import type { TraceLine } from "../../../src/testing/trace-setup.ts";

/** What the page asks the spec worker: run kata `kata`'s spec against this JavaScript. */
export interface SpecRequest {
  readonly kata: string;
  /**
   * Every module as JavaScript, by path: the learner's (`file`) and those it builds on
   * (katas/<id>/<id>.ts, solutions/<id>/…).
   */
  readonly modules: Readonly<Record<string, string>>;
  /** `#kata/<id>` → the path in `modules` that answers it, for each kata this one builds on. */
  readonly kataPaths: Readonly<Record<string, string>>;
  /** The manifest's runtime exports. */
  readonly api: readonly string[];
  /** Where the learner's file is, as the CLI names it: katas/<id>/<id>.ts. */
  readonly file: string;
}

/** What demo() printed, run on a fresh copy of the module once every test is green. */
export type DemoLines = { readonly lines: readonly string[] } | { readonly error: string };

/**
 * What the worker says while it runs: each phase as it starts (the page re-arms the time
 * limit, as the CLI does), each test as it starts and ends (so a run stopped at the limit still
 * says which test hung), and the outcome at the end.
 */
export type SpecMessage =
  | { readonly phase: "import" | "tests" }
  | { readonly trace: TraceLine }
  | {
      readonly outcome: Exclude<KataOutcome, { kind: "timeout" } | { kind: "type-errors" }>;
      readonly demo?: DemoLines;
    };
