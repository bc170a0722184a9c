/** Exit codes shared by every command: 0 green, 1 failing tests, 2 bad usage or a broken repository. */
export const EXIT = { ok: 0, failing: 1, usage: 2 } as const;

/**
 * The one kind of error the CLI prints. Each carries the data it is about and says what to do
 * next; the entry point prints it once, in red, and exits with `exitCode`. Nothing deeper
 * calls process.exit().
 */
export abstract class KataError extends Error {
  abstract readonly exitCode: number;
  /** What the user can do about it, printed under the message. */
  abstract readonly next: string;
}

export class UsageError extends KataError {
  readonly exitCode = EXIT.usage;
  readonly next = "Run `npx kata help` for the commands and their options.";
}

export class UnknownKataError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly id: string,
    readonly closest: readonly string[],
  ) {
    super(`There is no kata called "${id}".`);
  }
  get next(): string {
    return this.closest.length > 0
      ? `Did you mean ${this.closest.map((id) => `"${id}"`).join(" or ")}? \`npx kata list\` shows them all.`
      : "`npx kata list` shows the katas there are.";
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
  readonly next = "Fix the fields named above; docs/kata-contract.md describes the manifest.";
}

export class MissingFileError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly file: string,
    readonly what: string,
  ) {
    super(`${file} is missing (${what}).`);
  }
  readonly next = "Restore it from git (`git checkout -- <file>`) or run `npx kata reset <id>`.";
}
