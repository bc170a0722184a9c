import { en } from "./i18n/en.ts";
import type { Messages } from "./i18n/messages.ts";

/** Exit codes shared by every command: 0 green, 1 failing tests, 2 bad usage or a broken repository. */
export const EXIT = { ok: 0, failing: 1, usage: 2 } as const;

/** What an error says, in the learner's language: the problem, then what to do about it. */
export interface Said {
  readonly message: string;
  readonly next: string;
}

/**
 * The one kind of error the CLI prints. Each carries the data it is about and says, in any
 * locale, what went wrong and what to do next; the entry point prints it once and exits with
 * `exitCode`. Nothing deeper calls process.exit(). `message` is the English, for logs.
 */
export abstract class KataError extends Error {
  abstract readonly exitCode: number;
  abstract describe(m: Messages): Said;
}

/** A command line that does not parse; `say` picks the sentence from the catalogue. */
export class UsageError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly say: (m: Messages) => string) {
    super(say(en));
  }
  describe(m: Messages): Said {
    return { message: this.say(m), next: m.errors.usageNext };
  }
}

export class UnknownKataError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly id: string,
    readonly closest: readonly string[],
  ) {
    super(en.errors.unknownKata(id));
  }
  describe(m: Messages): Said {
    const next = this.closest.length > 0 ? m.errors.didYouMean(this.closest) : m.errors.seeList;
    return { message: m.errors.unknownKata(this.id), next };
  }
}

export class ManifestError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${en.errors.manifest(file)}\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  describe(m: Messages): Said {
    // The field problems stay as zod words: they name fields, which are English anyway.
    const list = this.problems.map((p) => `  - ${p}`).join("\n");
    return { message: `${m.errors.manifest(this.file)}\n${list}`, next: m.errors.manifestNext };
  }
}

/** A copy without reference solutions, such as a student pack, was asked for one. */
export class NoReferenceError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly id: string) {
    super(en.errors.noReference(id));
  }
  describe(m: Messages): Said {
    return { message: m.errors.noReference(this.id), next: m.errors.noReferenceNext };
  }
}

export class MissingFileError extends KataError {
  readonly exitCode = EXIT.usage;
  constructor(readonly file: string) {
    super(en.errors.missingFile(file));
  }
  describe(m: Messages): Said {
    return { message: m.errors.missingFile(this.file), next: m.errors.missingFileNext };
  }
}
