import { existsSync } from "node:fs";
import { join } from "node:path";
import { EXIT, MissingFileError, NoReferenceError } from "../errors.ts";
import { findKata, hasReference } from "../kata/catalog.ts";
import { COMPARE_TARGETS, type Comparison } from "../kata/outcome.ts";
import { progressOf, withKata, writeProgress } from "../kata/progress.ts";
import { learnerFiles, referenceFiles } from "../kata/source-files.ts";
import { renderComparison } from "../render/compare.ts";
import { runLearner } from "../runner/run-learner.ts";
import type { Target } from "../runner/targets.ts";
import { type Io, loadProgress, type Result } from "./io.ts";

/** Everything `kata compare` shows, gathered with learner code run under the time limit. */
export async function compareKata(
  root: string,
  id: string,
  timeoutSeconds: number,
  seed: number,
): Promise<Comparison> {
  const kata = await findKata(root, id);
  if (!hasReference(root, id)) throw new NoReferenceError(id);
  if (!existsSync(join(root, kata.files.stub))) throw new MissingFileError(kata.files.stub);
  const base = { kata: id, spec: kata.files.spec };
  const targets: Target[] = [
    { ...base, name: COMPARE_TARGETS.learner, impl: { kind: "learner" } },
    { ...base, name: COMPARE_TARGETS.reference, impl: { kind: "reference" } },
  ];
  const checks = [{ module: kata.files.stub, api: kata.manifest.api }];
  const spec = await runLearner({
    root,
    timeoutSeconds,
    job: { kind: "spec", checks, targets, testTimeout: timeoutSeconds * 1000 },
  });
  const declaration = join(kata.files.dir, "compare.ts");
  let differential: Comparison["differential"];
  if (existsSync(join(root, declaration))) {
    // Under the `solutions` condition the kata's own imports of other katas are references,
    // so a divergence is in this kata's code, not in an earlier kata.
    const result = await runLearner({
      root,
      timeoutSeconds,
      conditions: ["solutions"],
      job: {
        kind: "differential",
        checks,
        module: kata.files.stub,
        reference: kata.files.reference,
        declaration,
        seed,
      },
    });
    differential =
      result.kind === "differential"
        ? result.result
        : {
            kind: "error",
            message: result.kind === "timeout" ? `stopped after ${timeoutSeconds} s` : result.kind,
          };
  }
  const [mine, theirs] = await Promise.all([learnerFiles(root, kata), referenceFiles(root, kata)]);
  if (spec.kind === "differential") throw new Error("a spec job returned a differential result");
  return {
    kata,
    spec: spec.kind === "tests" ? { kind: "tests", report: spec.report } : spec,
    ...(differential ? { differential } : {}),
    learnerFiles: mine,
    referenceFiles: theirs,
  };
}

/**
 * `kata compare <id>`: exit 0 when the spec is green on the learner's code and nothing diverges.
 * Before the kata passes, the reference's code is shown only when the learner asks (`--force`,
 * or yes at the question in a terminal), and that is recorded as `kata solution --force` is.
 */
export async function compareCommand(
  io: Io,
  c: { id: string; timeoutSeconds: number; seed?: number; force: boolean; full: boolean },
): Promise<Result> {
  const comparison = await compareKata(io.root, c.id, c.timeoutSeconds, c.seed ?? io.seed());
  const progress = await loadProgress(io);
  const passed = progressOf(progress, c.id).status === "passed";
  const showCode =
    passed || c.force || (io.interactive && (await io.confirm(io.ui.m.compare.reveal(c.id))));
  if (showCode) {
    await writeProgress(
      io.root,
      withKata(progress, c.id, {
        solutionViewed: true,
        ...(passed ? {} : { solutionForced: true }),
      }),
    );
  }
  const { spec } = comparison;
  const green =
    spec.kind === "tests" &&
    spec.report.tests.every((t) => t.target !== COMPARE_TARGETS.learner || t.state === "passed") &&
    comparison.differential?.kind !== "diverge";
  return {
    text: renderComparison(comparison, io.ui, { full: c.full, showCode }),
    exitCode: green ? EXIT.ok : EXIT.failing,
  };
}
