import { match } from "ts-pattern";
import { EXIT } from "../errors.ts";
import { findKata, hasReference, withRequired } from "../kata/catalog.ts";
import { onReference, type PrerequisiteMode, prerequisitesOf } from "../kata/prerequisites.ts";
import { progressOf, writeProgress } from "../kata/progress.ts";
import { verdictOf } from "../kata/verdict.ts";
import { junit } from "../render/junit.ts";
import { renderOutcome } from "../render/outcome.ts";
import { renderPrerequisites } from "../render/prerequisites.ts";
import { resultsV3 } from "../render/results-json.ts";
import { type Io, loadProgress, type Result } from "./io.ts";
import type { Reporter } from "./options.ts";
import { recordOutcome } from "./record-outcome.ts";
import { testKata } from "./test-kata.ts";

/** `kata test <id>`: run, record, and show the verdict; exit 0 only when the kata passed. */
export async function testCommand(
  io: Io,
  c: { id: string; timeoutSeconds: number; reporter: Reporter; prerequisites: PrerequisiteMode },
): Promise<Result> {
  const { id, timeoutSeconds, reporter } = c;
  const before = await loadProgress(io);
  const chosen = await findKata(io.root, id);
  const prerequisites = prerequisitesOf(
    chosen,
    before,
    c.prerequisites,
    (p) => hasReference(io.root, p),
    await withRequired(io.root, chosen),
  );
  const referencePrerequisites = onReference(prerequisites);
  const { kata, outcome } = await testKata(io.root, id, {
    timeoutSeconds,
    referencePrerequisites,
    ...(io.runners ? { runners: io.runners } : {}),
  });
  const progress = recordOutcome(before, kata, outcome, io.now());
  await writeProgress(io.root, progress);
  const exitCode = verdictOf(kata, outcome).status === "passed" ? EXIT.ok : EXIT.failing;
  const text = match(reporter)
    .with("pretty", () =>
      [
        ...renderPrerequisites(kata, prerequisites, io.ui),
        renderOutcome(kata, outcome, io.ui, progressOf(progress, id).hints).text,
      ].join("\n"),
    )
    .with("json", () => JSON.stringify(resultsV3(kata, outcome), null, 2))
    .with("junit", () => junit(kata, outcome))
    .exhaustive();
  return { text, exitCode };
}
