/**
 * What crosses the process boundary between `kata grade` and one grading child: plain JSON.
 * The child runs vitest; vitest runs the student's code in a fork under Node's permission model.
 */

/** An error as the child saw it: the message, and Node's permission fields when it was a refusal. */
export interface ErrorInfo {
  readonly message: string;
  readonly code?: string;
  readonly permission?: string;
  readonly resource?: string;
}

export interface GradedTest {
  /** The test's top-level describe: a step id of the kata's manifest. */
  readonly step: string;
  readonly name: string;
  readonly state: "passed" | "failed" | "skipped";
  readonly error?: ErrorInfo;
}

/**
 * One kata's run. `ran`: the spec file finished (its module errors are load errors, or an exit
 * vitest intercepted). `timeout`: it was still running at the limit. `crashed`: the fork running
 * it died. Katas the child never reached are absent; the parent runs them again.
 */
export type ChildKata =
  | {
      readonly kind: "ran";
      readonly tests: readonly GradedTest[];
      readonly errors: readonly ErrorInfo[];
    }
  | { readonly kind: "timeout"; readonly tests: readonly GradedTest[]; readonly seconds: number }
  | {
      readonly kind: "crashed";
      readonly tests: readonly GradedTest[];
      readonly errors: readonly ErrorInfo[];
      /** What is known of the crash beyond vitest's words: the compiler, a signal. */
      readonly cause?: string;
    };

export interface ChildReport {
  readonly katas: Readonly<Record<string, ChildKata>>;
}

/** One student's run, sent to a grading worker. */
export interface ChildRequest {
  /** Numbers the requests of one worker: its stderr is split by it, so each student keeps its own. */
  readonly id: number;
  /** The student's temporary copy: vitest's root. */
  readonly root: string;
  /** Kata ids to run; each spec is katas/<id>/<id>.test.ts under root. */
  readonly katas: readonly string[];
  /** Node flags for the fork that runs the student's code: the sandbox. */
  readonly execArgv: readonly string[];
  /** The folders that fork may read; vitest loads modules for it from nowhere else. */
  readonly readable: readonly string[];
  readonly timeoutSeconds: number;
  /** Where vitest keeps transformed modules: inside root, so the sandboxed fork can read them. */
  readonly tmpDir: string;
}

/**
 * A worker's answer. `leaving`: a kata hung, so the worker exits after this answer to take the
 * hung fork down with its process group; the next request needs a new worker.
 */
export interface ChildReply {
  readonly report: ChildReport;
  readonly leaving: boolean;
}

/**
 * The worker's marks on its stderr, around each request: what a fork printed between them belongs
 * to that request's student. A NUL never appears in what Node prints; a student's code that
 * forges a mark can only mislabel its own crash, since the last mark of a request counts.
 */
export const stderrMark = (edge: "start" | "end", id: number) =>
  `\n\u0000kata-grade ${edge} ${id}\n`;
