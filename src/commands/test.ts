import { match } from "ts-pattern";
import { EXIT } from "../errors.ts";
import { progressOf, writeProgress } from "../kata/progress.ts";
import { verdictOf } from "../kata/verdict.ts";
import { junit } from "../render/junit.ts";
import { renderOutcome } from "../render/outcome.ts";
import { resultsV3 } from "../render/results-json.ts";
import { type Io, loadProgress, type Result } from "./io.ts";
import type { Reporter } from "./options.ts";
import { recordOutcome } from "./record-outcome.ts";
import { testKata } from "./test-kata.ts";

/** `kata test <id>`: run, record, and show the verdict; exit 0 only when the kata passed. */
export async function testCommand(
  io: Io,
  { id, timeoutSeconds, reporter }: { id: string; timeoutSeconds: number; reporter: Reporter },
): Promise<Result> {
  const { kata, outcome } = await testKata(io.root, id, { timeoutSeconds });
  const progress = recordOutcome(await loadProgress(io), kata, outcome, io.now());
  await writeProgress(io.root, progress);
  const exitCode = verdictOf(kata, outcome).status === "passed" ? EXIT.ok : EXIT.failing;
  const text = match(reporter)
    .with("pretty", () => renderOutcome(kata, outcome, io.ui, progressOf(progress, id).hints).text)
    .with("json", () => JSON.stringify(resultsV3(kata, outcome), null, 2))
    .with("junit", () => junit(kata, outcome))
    .exhaustive();
  return { text, exitCode };
}
