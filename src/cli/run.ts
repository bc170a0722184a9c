import { match } from "ts-pattern";
import { loadCatalog } from "../catalog/catalog.ts";
import { testKata } from "../commands/test-kata.ts";
import { EXIT } from "../errors.ts";
import { progressOf, readProgress, withKata, writeProgress } from "../progress/store.ts";
import { listJson, renderList } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import type { Paint } from "../render/paint.ts";
import { renderVerdicts } from "../render/verify.ts";
import { verify } from "../verify/verify.ts";
import { type Command, HELP } from "./parse.ts";

/** What the CLI needs from the world, passed in so that commands stay testable. */
export interface Io {
  readonly root: string;
  readonly paint: Paint;
  readonly now: () => Date;
  readonly warn: (line: string) => void;
}

/** What a command produced: the text to print and the exit code. */
export interface Result {
  readonly text: string;
  readonly exitCode: number;
}

async function progress(io: Io) {
  const { progress, warning } = await readProgress(io.root, io.now);
  if (warning) io.warn(warning);
  return progress;
}

/** Runs one parsed command and returns its text and exit code; throws only KataErrors. */
export function run(command: Command, io: Io): Promise<Result> {
  return match(command)
    .with({ name: "help" }, async () => ({ text: HELP, exitCode: EXIT.ok }))
    .with({ name: "home" }, { name: "list" }, async (c) => {
      const katas = await loadCatalog(io.root);
      const p = await progress(io);
      const text =
        "json" in c && c.json
          ? JSON.stringify(listJson(katas, p), null, 2)
          : renderList(katas, p, io.paint);
      return { text, exitCode: EXIT.ok };
    })
    .with({ name: "test" }, async ({ id, timeoutSeconds }) => {
      const { kata, outcome } = await testKata(io.root, id, { timeoutSeconds });
      const before = await progress(io);
      const own = progressOf(before, id);
      const rendered = renderOutcome(kata, outcome, io.paint, own.hintsUsed);
      const passed = rendered.status === "passed";
      await writeProgress(
        io.root,
        withKata(before, id, {
          status: passed ? "passed" : "failing",
          ...(passed && !own.passedAt ? { passedAt: io.now().toISOString() } : {}),
        }),
      );
      return { text: rendered.text, exitCode: passed ? EXIT.ok : EXIT.failing };
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
