// Runs in a child process so that learner code which never finishes can be stopped from the
// outside: a synchronous `while (true) {}` blocks this process's event loop, timers included.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { match } from "ts-pattern";
import type { KataOutcome } from "../kata/outcome.ts";
import { transcriptParity } from "../parity/transcript.ts";
import type { Differential } from "../testing/differential.ts";
import { exportDrift, exportNames } from "./exports.ts";
import { type DifferentialResult, differential } from "./run-differential.ts";
import { runSpecs } from "./run-specs.ts";
import type { Target } from "./targets.ts";

/** The learner module, checked before anything runs: it must load and export `api`. */
interface ModuleCheck {
  readonly module: string;
  readonly api: readonly string[];
}

export type ChildJob =
  | {
      readonly kind: "spec";
      /** Modules to check first; empty to let each target fail on its own. */
      readonly checks: readonly ModuleCheck[];
      readonly targets: readonly Target[];
      readonly testTimeout: number;
      /** When every test passes, compare this module's demo() with this Python file in CPython. */
      readonly parity?: { readonly module: string; readonly python: string };
    }
  | {
      readonly kind: "differential";
      readonly checks: readonly ModuleCheck[];
      readonly module: string;
      readonly reference: string;
      readonly declaration: string;
      readonly seed: number;
    };

export type ChildResult =
  | KataOutcome
  | { readonly kind: "differential"; readonly result: DifferentialResult };

export interface ChildRequest {
  readonly root: string;
  readonly job: ChildJob;
  readonly out: string;
}

const load = (root: string, file: string) => import(pathToFileURL(resolve(root, file)).href);

/**
 * The phases of a run, reported to the parent so that it can time each one: learner code runs
 * in "import", "tests" and "compare"; "startup" and "parity" are the tools' own work (starting
 * vitest, loading CPython), which may be slow on a busy machine but never hang on learner code.
 */
export type Phase = "import" | "startup" | "tests" | "parity" | "compare";
const phase = (name: Phase) => process.send?.({ phase: name });
// When the CLI ends, however it ends, this run ends with it.
process.on("disconnect", () => process.exit(0));

async function check(root: string, { module, api }: ModuleCheck): Promise<KataOutcome | undefined> {
  let names: string[];
  try {
    names = await exportNames(root, module);
  } catch (error) {
    return { kind: "load-error", file: module, message: (error as Error).message };
  }
  const { missing } = exportDrift(api, names);
  return missing.length > 0 ? { kind: "missing-exports", file: module, missing } : undefined;
}

async function main({ root, job }: ChildRequest): Promise<ChildResult> {
  phase("import");
  for (const c of job.checks) {
    const failed = await check(root, c);
    if (failed) return failed;
  }
  return match(job)
    .with({ kind: "spec" }, async ({ targets, testTimeout, parity }) => {
      phase("startup");
      const report = await runSpecs({ root, targets, testTimeout, onStart: () => phase("tests") });
      const green =
        report.loadErrors.length === 0 && report.tests.every((t) => t.state === "passed");
      if (!parity || !green) return { kind: "tests" as const, report };
      phase("parity");
      return {
        kind: "tests" as const,
        report,
        parity: await transcriptParity(root, parity.python, parity.module),
      };
    })
    .with({ kind: "differential" }, async ({ module, reference, declaration, seed }) => {
      const declared = (await load(root, declaration)) as {
        default: Differential<unknown, unknown>;
      };
      const result = await differential(
        declared.default,
        await load(root, module),
        await load(root, reference),
        { seed },
      );
      return { kind: "differential" as const, result };
    })
    .exhaustive();
}

const request = JSON.parse(process.argv[2] ?? "{}") as ChildRequest;
writeFileSync(request.out, JSON.stringify(await main(request)));
// Learner code may leave timers or sockets open; the result is written, so leave now.
process.exit(0);
