import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { match } from "ts-pattern";
import { runClassroom } from "../classroom/commands.ts";
import { compareKata } from "../commands/compare.ts";
import { recordOutcome } from "../commands/record-outcome.ts";
import { resetKatas } from "../commands/reset.ts";
import { testAll, testKata } from "../commands/test-kata.ts";
import { EXIT, NoReferenceError, UsageError } from "../errors.ts";
import { findKata, loadCatalog } from "../kata/catalog.ts";
import { nextHint } from "../kata/hints.ts";
import {
  type Progress,
  progressOf,
  readProgress,
  withKata,
  writeProgress,
} from "../kata/progress.ts";
import { renderComparison } from "../render/compare.ts";
import { renderHints } from "../render/hint.ts";
import { junit } from "../render/junit.ts";
import { listJson, renderList } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import { resultsV3 } from "../render/results-json.ts";
import type { Ui } from "../render/ui.ts";
import { renderVerdicts } from "../verify/render-verdicts.ts";
import type { Command } from "./parse.ts";

/** What the CLI needs from the world, passed in so that commands stay testable. */
export interface Io {
  readonly root: string;
  readonly ui: Ui;
  readonly now: () => Date;
  readonly seed: () => number;
  readonly warn: (line: string) => void;
  /** True when a person is at a terminal to answer questions and press keys. */
  readonly interactive: boolean;
  readonly confirm: (question: string) => Promise<boolean>;
  /** The interactive watch loop; resolves when the learner quits. */
  readonly watch: (id: string | undefined, timeoutSeconds: number) => Promise<number>;
}

/** What a command produced: the text to print and the exit code. */
export interface Result {
  readonly text: string;
  readonly exitCode: number;
}

export async function loadProgress(io: Io): Promise<Progress> {
  const { progress, warning } = await readProgress(io.root, io.now);
  if (warning) io.warn(warning);
  return progress;
}

const ok = (text: string): Result => ({ text, exitCode: EXIT.ok });

/** Runs one parsed command and returns its text and exit code; throws only KataErrors. */
export function run(command: Command, io: Io): Promise<Result> {
  return match(command)
    .with({ name: "help" }, async () => ok(io.ui.m.usage.help))
    .with({ name: "list" }, async ({ json }) => {
      const katas = await loadCatalog(io.root);
      const progress = await loadProgress(io);
      return ok(
        json
          ? JSON.stringify(listJson(katas, progress), null, 2)
          : renderList(katas, progress, io.ui),
      );
    })
    .with({ name: "home" }, async () => {
      if (io.interactive) return { text: "", exitCode: await io.watch(undefined, 10) };
      // No terminal (CI, a pipe): test every kata, record it, print the table.
      const katas = await loadCatalog(io.root);
      const outcomes = await testAll(io.root, katas, { timeoutSeconds: 10 });
      let progress = await loadProgress(io);
      for (const kata of katas) {
        const outcome = outcomes.get(kata.id);
        if (outcome) progress = recordOutcome(progress, kata, outcome, io.now());
      }
      await writeProgress(io.root, progress);
      const green = katas.every((k) => progressOf(progress, k.id).status === "passed");
      return {
        text: renderList(katas, progress, io.ui),
        exitCode: green ? EXIT.ok : EXIT.failing,
      };
    })
    .with({ name: "watch" }, async ({ id, timeoutSeconds }) => {
      if (!io.interactive) throw new UsageError((m) => m.usage.watchNeedsTerminal);
      if (id !== undefined) await findKata(io.root, id);
      return { text: "", exitCode: await io.watch(id, timeoutSeconds) };
    })
    .with({ name: "test" }, async ({ id, timeoutSeconds, reporter }) => {
      const { kata, outcome } = await testKata(io.root, id, { timeoutSeconds });
      const progress = recordOutcome(await loadProgress(io), kata, outcome, io.now());
      await writeProgress(io.root, progress);
      const rendered = renderOutcome(kata, outcome, io.ui, progressOf(progress, id).hints);
      const exitCode = rendered.status === "passed" ? EXIT.ok : EXIT.failing;
      const text = match(reporter)
        .with("pretty", () => rendered.text)
        .with("json", () => JSON.stringify(resultsV3(kata, outcome), null, 2))
        .with("junit", () => junit(kata, outcome))
        .exhaustive();
      return { text, exitCode };
    })
    .with({ name: "hint" }, async ({ id }) => {
      const kata = await findKata(io.root, id);
      const shown = nextHint(kata, await loadProgress(io));
      await writeProgress(io.root, shown.progress);
      return ok(renderHints(kata, shown, io.ui));
    })
    .with({ name: "solution" }, async ({ id, force }) => {
      const kata = await findKata(io.root, id);
      const progress = await loadProgress(io);
      const passed = progressOf(progress, id).status === "passed";
      if (!passed && !force) {
        return { text: io.ui.m.solution.locked(id), exitCode: EXIT.failing };
      }
      const text = await readFile(join(io.root, kata.files.reference), "utf8").catch(() => {
        throw new NoReferenceError(id);
      });
      await writeProgress(
        io.root,
        withKata(progress, id, {
          solutionViewed: true,
          ...(passed ? {} : { solutionForced: true }),
        }),
      );
      return ok(`${io.ui.paint.dim(`// ${kata.files.reference}`)}\n${text}`);
    })
    .with({ name: "compare" }, async ({ id, timeoutSeconds, seed }) => {
      const comparison = await compareKata(io.root, id, timeoutSeconds, seed ?? io.seed());
      const spec = comparison.spec;
      const green =
        spec.kind === "tests" &&
        spec.report.tests.every((t) => t.state === "passed") &&
        comparison.differential?.kind !== "diverge";
      return {
        text: renderComparison(comparison, io.ui),
        exitCode: green ? EXIT.ok : EXIT.failing,
      };
    })
    .with({ name: "reset" }, async ({ ids, yes, from }) => {
      const katas =
        ids === "all"
          ? await loadCatalog(io.root)
          : await Promise.all(ids.map((id) => findKata(io.root, id)));
      const { m } = io.ui;
      const what = ids === "all" ? m.reset.everyKata : katas.map((k) => k.id).join(", ");
      if (!yes) {
        if (!io.interactive) throw new UsageError((m) => m.usage.resetNeedsYes);
        if (!(await io.confirm(m.reset.confirm(what)))) return ok(m.reset.nothing);
      }
      const done = await resetKatas(io.root, katas, io.now(), from);
      let progress = await loadProgress(io);
      for (const kata of katas) progress = withKata(progress, kata.id, { status: "pending" });
      await writeProgress(io.root, progress);
      return ok(
        [m.reset.backedUp(done.backup), ...done.restored.map((f) => m.reset.restored(f))].join(
          "\n",
        ),
      );
    })
    .with({ name: "verify" }, async ({ ids }) => {
      // Loaded on demand: verify pulls in vitest, which no learner command needs in this process.
      const { verify } = await import("../verify/verify.ts");
      const verdicts = await verify(io.root, ids);
      return {
        text: renderVerdicts(verdicts, io.ui, existsSync(join(io.root, "solutions"))),
        exitCode: verdicts.every((v) => v.ok) ? EXIT.ok : EXIT.failing,
      };
    })
    .with({ name: "pack" }, (c) => runClassroom(c, io))
    .with({ name: "autograding" }, (c) => runClassroom(c, io))
    .with({ name: "grade" }, (c) => runClassroom(c, io))
    .exhaustive();
}
