import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MissingFileError, NoReferenceError } from "../errors.ts";
import { findKata, type Kata } from "../kata/catalog.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import type { DifferentialResult } from "../runner/run-differential.ts";
import { runLearner } from "../runner/run-learner.ts";
import type { Target } from "../runner/targets.ts";

export interface Comparison {
  readonly kata: Kata;
  /** The spec against both: targets `learner` and `reference`. */
  readonly spec: KataOutcome;
  /** Absent when the kata declares no `compare.ts`. */
  readonly differential?: DifferentialResult | { readonly kind: "error"; readonly message: string };
  readonly learnerText: string;
  readonly referenceText: string;
}

export const COMPARE_TARGETS = { learner: "yours", reference: "reference" } as const;

/** Everything `kata compare` shows, gathered with learner code run under the time limit. */
export async function compareKata(
  root: string,
  id: string,
  timeoutSeconds: number,
  seed: number,
): Promise<Comparison> {
  const kata = await findKata(root, id);
  if (!existsSync(join(root, kata.files.reference))) throw new NoReferenceError(id);
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
  const [learnerText, referenceText] = await Promise.all(
    [kata.files.stub, kata.files.reference].map((f) => readFile(join(root, f), "utf8")),
  );
  if (spec.kind === "differential") throw new Error("a spec job returned a differential result");
  return {
    kata,
    spec,
    ...(differential ? { differential } : {}),
    learnerText: learnerText ?? "",
    referenceText: referenceText ?? "",
  };
}
