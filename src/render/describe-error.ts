import { match, P } from "ts-pattern";
import {
  type KataError,
  ManifestError,
  MissingFileError,
  NoReferenceError,
  ResetError,
  type Said,
  SelfDescribingError,
  StateFileError,
  UnknownKataError,
  UsageError,
  type UsageProblem,
} from "../errors.ts";
import type { Messages } from "../i18n/messages.ts";

/** The sentence for a command line that does not parse (pure). */
export function usageSentence(problem: UsageProblem, m: Messages): string {
  const u = m.usage;
  return match(problem)
    .with({ kind: "badOption" }, (p) => u.badOption(p.detail))
    .with({ kind: "unknownCommand" }, (p) => u.unknownCommand(p.name))
    .with({ kind: "needsId" }, (p) => u.needsId(p.command))
    .with({ kind: "oneId" }, (p) => u.oneId(p.command, p.got))
    .with({ kind: "timeout" }, (p) => u.timeout(p.value))
    .with({ kind: "reporter" }, (p) => u.reporter(p.choices.join(", "), p.value))
    .with({ kind: "seed" }, (p) => u.seed(p.value))
    .with({ kind: "lang" }, (p) => u.lang(p.value))
    .with({ kind: "from" }, (p) => u.from(p.value))
    .with({ kind: "prerequisites" }, (p) => u.prerequisites(p.value))
    .with(
      {
        kind: P.union(
          "watchOneId",
          "watchNeedsTerminal",
          "resetIdsOrAll",
          "resetNotBoth",
          "resetNeedsYes",
          "noClassroom",
        ),
      },
      (p) => u[p.kind],
    )
    .exhaustive();
}

/** What an error says in the learner's language: described once, here, where it is printed. */
export function describeError(error: KataError, m: Messages): Said {
  const e = m.errors;
  return match(error)
    .with(P.instanceOf(UsageError), (u) => ({
      message: usageSentence(u.problem, m),
      next: e.usageNext,
    }))
    .with(P.instanceOf(UnknownKataError), ({ id, closest }) => ({
      message: e.unknownKata(id),
      next: closest.length > 0 ? e.didYouMean(closest) : e.seeList,
    }))
    .with(P.instanceOf(ManifestError), ({ file, problems }) => ({
      // The field problems stay as zod words: they name fields, which are English anyway.
      message: `${e.manifest(file)}\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      next: e.manifestNext,
    }))
    .with(P.instanceOf(NoReferenceError), ({ id }) => ({
      message: e.noReference(id),
      next: e.noReferenceNext,
    }))
    .with(P.instanceOf(MissingFileError), ({ file }) => ({
      message: e.missingFile(file),
      next: e.missingFileNext,
    }))
    .with(P.instanceOf(ResetError), ({ problem }) =>
      match(problem)
        .with({ kind: "no-original" }, (p) => ({
          message: m.reset.noOriginal(p.file, p.ref),
          next: m.reset.noOriginalNext,
        }))
        .with({ kind: "cannot-back-up" }, (p) => ({
          message: m.reset.cannotBackUp(p.backup, p.code),
          next: m.reset.cannotBackUpNext,
        }))
        .with({ kind: "cannot-write" }, (p) => ({
          message: m.reset.cannotWrite(p.file, p.code, p.backup),
          next: m.reset.cannotWriteNext,
        }))
        .exhaustive(),
    )
    .with(P.instanceOf(StateFileError), ({ action, path, code }) => ({
      message: (action === "read" ? e.cannotRead : e.cannotWrite)(path, code),
      next: e.stateFileNext(path),
    }))
    .with(P.instanceOf(SelfDescribingError), (s) => s.describeIn(m.locale))
    .otherwise(() => ({ message: error.message, next: e.unexpectedNext }));
}
