/** Exit codes shared by every command: 0 green, 1 failing tests, 2 bad usage or a broken repository. */
export const EXIT = { ok: 0, failing: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What an error says, in the learner's language: the problem, then what to do about it. */
export interface Said {
  readonly message: string;
  readonly next: string;
}

/**
 * The one kind of error the CLI prints. Each is a small class that carries the data it is about;
 * it is described in the learner's language once, where it is printed (`render/describe-error.ts`).
 * Nothing deeper calls process.exit(). `message` is a plain English summary, for logs.
 */
export abstract class KataError extends Error {
  abstract readonly exitCode: ExitCode;
}

/**
 * An error of a command loaded on demand (the classroom), which carries its own catalogue: the
 * core cannot know its sentences without importing upwards, so it asks the error.
 */
export abstract class SelfDescribingError extends KataError {
  abstract describeIn(locale: string): Said;
}

/** What is wrong with a command line; `kind` names the sentence in the catalogue's `usage`. */
export type UsageProblem =
  | { readonly kind: "badOption"; readonly detail: string }
  | { readonly kind: "unknownCommand"; readonly name: string }
  | { readonly kind: "needsId"; readonly command: string }
  | { readonly kind: "oneId"; readonly command: string; readonly got: string }
  | { readonly kind: "timeout"; readonly value: string }
  | { readonly kind: "reporter"; readonly choices: readonly string[]; readonly value: string }
  | { readonly kind: "seed"; readonly value: string }
  | { readonly kind: "lang"; readonly value: string }
  | { readonly kind: "from"; readonly value: string }
  | { readonly kind: "prerequisites"; readonly value: string }
  | {
      readonly kind:
        | "watchOneId"
        | "watchNeedsTerminal"
        | "resetIdsOrAll"
        | "resetNotBoth"
        | "resetNeedsYes"
        | "noClassroom";
    };

/** A command line that does not parse. */
export class UsageError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly problem: UsageProblem) {
    super(`usage: ${JSON.stringify(problem)}`);
  }
}

export class UnknownKataError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly id: string,
    readonly closest: readonly string[],
  ) {
    super(`unknown kata "${id}"`);
  }
}

export class ManifestError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file} is not a valid kata manifest:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** A copy without reference solutions, such as a student pack, was asked for one. */
export class NoReferenceError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly id: string) {
    super(`no reference solution for "${id}" in this copy`);
  }
}

export class MissingFileError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly file: string) {
    super(`missing file ${file}`);
  }
}

/** `kata reset` could not restore a stub; the learner's work is in the backup either way. */
export class ResetError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly problem:
      | { readonly kind: "no-original"; readonly file: string; readonly ref: string }
      | { readonly kind: "cannot-back-up"; readonly backup: string; readonly code: string }
      | {
          readonly kind: "cannot-write";
          readonly file: string;
          readonly code: string;
          readonly backup: string;
        },
  ) {
    super(`reset: ${JSON.stringify(problem)}`);
  }
}

/**
 * The tool's own files under `.kata/` (progress, backups) cannot be read or written: a folder
 * where a file should be, a file where a folder should be, no permission. The learner's code
 * is never touched by this, and nothing was lost.
 */
export class StateFileError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly action: "read" | "write",
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot ${action} ${path}: ${code}`);
  }
}
