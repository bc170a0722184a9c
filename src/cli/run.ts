import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { match } from "ts-pattern";
import { findKata, loadCatalog } from "../catalog/catalog.ts";
import { compareKata } from "../commands/compare.ts";
import { nextHint } from "../commands/hint.ts";
import { resetKatas } from "../commands/reset.ts";
import { recordOutcome } from "../commands/status.ts";
import { testAll, testKata } from "../commands/test-kata.ts";
import { EXIT, UsageError } from "../errors.ts";
import {
  type Progress,
  progressOf,
  readProgress,
  withKata,
  writeProgress,
} from "../progress/store.ts";
import { renderComparison } from "../render/compare.ts";
import { junit } from "../render/junit.ts";
import { listJson, renderList } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import type { Paint } from "../render/paint.ts";
import { resultsV3 } from "../render/results-json.ts";
import { renderVerdicts } from "../render/verify.ts";
import { verify } from "../verify/verify.ts";
import { type Command, HELP } from "./parse.ts";

/** What the CLI needs from the world, passed in so that commands stay testable. */
export interface Io {
  readonly root: string;
  readonly paint: Paint;
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
    .with({ name: "help" }, async () => ok(HELP))
    .with({ name: "list" }, async ({ json }) => {
      const katas = await loadCatalog(io.root);
      const progress = await loadProgress(io);
      return ok(
        json
          ? JSON.stringify(listJson(katas, progress), null, 2)
          : renderList(katas, progress, io.paint),
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
        text: renderList(katas, progress, io.paint),
        exitCode: green ? EXIT.ok : EXIT.failing,
      };
    })
    .with({ name: "watch" }, async ({ id, timeoutSeconds }) => {
      if (!io.interactive)
        throw new UsageError("`kata watch` needs a terminal; use `npx kata test <id>` in scripts.");
      if (id !== undefined) await findKata(io.root, id);
      return { text: "", exitCode: await io.watch(id, timeoutSeconds) };
    })
    .with({ name: "test" }, async ({ id, timeoutSeconds, reporter }) => {
      const { kata, outcome } = await testKata(io.root, id, { timeoutSeconds });
      const progress = recordOutcome(await loadProgress(io), kata, outcome, io.now());
      await writeProgress(io.root, progress);
      const rendered = renderOutcome(kata, outcome, io.paint, progressOf(progress, id).hints);
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
      const lines = shown.hints.map(
        (h, i) => `${io.paint.yellow(`Hint ${i + 1}/${shown.total}:`)} ${h}`,
      );
      const more =
        shown.hints.length < shown.total
          ? "Run it again for a more precise hint."
          : "That was the last hint for this step.";
      return ok(
        [
          `${io.paint.bold(kata.id)}, step ${shown.stepNumber} (${shown.step})`,
          ...lines,
          io.paint.dim(more),
        ].join("\n"),
      );
    })
    .with({ name: "solution" }, async ({ id, force }) => {
      const kata = await findKata(io.root, id);
      const progress = await loadProgress(io);
      const passed = progressOf(progress, id).status === "passed";
      if (!passed && !force) {
        return {
          text: `The reference opens once ${id} passes (npx kata test ${id}). To look now anyway: npx kata solution ${id} --force (it is recorded).`,
          exitCode: EXIT.failing,
        };
      }
      const text = await readFile(join(io.root, kata.files.reference), "utf8");
      await writeProgress(
        io.root,
        withKata(progress, id, {
          solutionViewed: true,
          ...(passed ? {} : { solutionForced: true }),
        }),
      );
      return ok(`${io.paint.dim(`// ${kata.files.reference}`)}\n${text}`);
    })
    .with({ name: "compare" }, async ({ id, timeoutSeconds, seed }) => {
      const comparison = await compareKata(io.root, id, timeoutSeconds, seed ?? io.seed());
      const spec = comparison.spec;
      const green =
        spec.kind === "tests" &&
        spec.report.tests.every((t) => t.state === "passed") &&
        comparison.differential?.kind !== "diverge";
      return {
        text: renderComparison(comparison, io.paint),
        exitCode: green ? EXIT.ok : EXIT.failing,
      };
    })
    .with({ name: "reset" }, async ({ ids, yes, from }) => {
      const katas =
        ids === "all"
          ? await loadCatalog(io.root)
          : await Promise.all(ids.map((id) => findKata(io.root, id)));
      const what = ids === "all" ? "every kata" : katas.map((k) => k.id).join(", ");
      if (!yes) {
        if (!io.interactive)
          throw new UsageError("`kata reset` asks first; without a terminal, pass --yes.");
        if (!(await io.confirm(`Restore the stub of ${what}? Your files are backed up first.`)))
          return ok("Nothing was changed.");
      }
      const done = await resetKatas(io.root, katas, io.now(), from);
      let progress = await loadProgress(io);
      for (const kata of katas) progress = withKata(progress, kata.id, { status: "pending" });
      await writeProgress(io.root, progress);
      return ok(
        [`Backed up to ${done.backup}`, ...done.restored.map((f) => `Restored ${f}`)].join("\n"),
      );
    })
    .with({ name: "verify" }, async ({ ids }) => {
      const verdicts = await verify(io.root, ids);
      return {
        text: renderVerdicts(verdicts, io.paint),
        exitCode: verdicts.every((v) => v.ok) ? EXIT.ok : EXIT.failing,
      };
    })
    .exhaustive();
}
