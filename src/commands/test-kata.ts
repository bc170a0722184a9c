import { existsSync } from "node:fs";
import { join } from "node:path";
import { findKata, type Kata } from "../catalog/catalog.ts";
import { MissingFileError } from "../errors.ts";
import type { KataOutcome } from "../runner/outcome.ts";
import { runLearner } from "../runner/run-learner.ts";
import { typecheck } from "../verify/typecheck.ts";

export interface TestKataOptions {
  readonly timeoutSeconds: number;
}

/**
 * Runs one kata's spec against the learner's code, in the order feedback is useful: type
 * errors in the kata's files, then load errors and missing exports, then the tests.
 */
export async function testKata(
  root: string,
  id: string,
  options: TestKataOptions,
): Promise<{ kata: Kata; outcome: KataOutcome }> {
  const kata = await findKata(root, id);
  for (const [file, what] of [
    [kata.files.stub, "your solution file"],
    [kata.files.spec, "the kata's spec"],
  ] as const) {
    if (!existsSync(join(root, file))) throw new MissingFileError(file, what);
  }
  const diagnostics = (await typecheck(root, "tsconfig.json")).filter((d) =>
    d.file.startsWith(`${kata.files.dir}/`),
  );
  if (diagnostics.length > 0) return { kata, outcome: { kind: "type-errors", diagnostics } };
  const outcome = await runLearner({
    root,
    timeoutSeconds: options.timeoutSeconds,
    request: {
      module: kata.files.stub,
      api: kata.manifest.api,
      testTimeout: options.timeoutSeconds * 1000,
      target: { name: `${id}:learner`, kata: id, spec: kata.files.spec, impl: { kind: "learner" } },
    },
  });
  return { kata, outcome };
}
