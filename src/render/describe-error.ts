import { match, P } from "ts-pattern";
import {
  type KataError,
  ManifestError,
  MissingFileError,
  NoReferenceError,
  ResetError,
  type Said,
  SelfDescribingError,
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
      problem.kind === "no-original"
        ? { message: m.reset.noOriginal(problem.file, problem.ref), next: m.reset.noOriginalNext }
        : {
            message: m.reset.cannotWrite(problem.file, problem.code, problem.backup),
            next: m.reset.cannotWriteNext,
          },
    )
    .with(P.instanceOf(SelfDescribingError), (s) => s.describeIn(m.locale))
    .otherwise(() => ({ message: error.message, next: e.unexpectedNext }));
}
