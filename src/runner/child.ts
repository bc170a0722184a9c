// Runs in a child process so that learner code which never finishes can be stopped from the
// outside: a synchronous `while (true) {}` blocks this process's event loop, timers included.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { match } from "ts-pattern";
import type { DifferentialResult, KataOutcome, TranscriptParity } from "../kata/outcome.ts";
import { greenIn, type RunReport } from "../kata/report.ts";
import { transcriptParity } from "../parity/transcript.ts";
import type { Differential } from "../testing/differential.ts";
import { exportDrift, exportNames } from "./exports.ts";
import { differential } from "./run-differential.ts";
import { spareRequest } from "./spare-request.ts";
import type { Target } from "./targets.ts";

/** The learner module, checked before anything runs: it must load and export `api`. */
interface ModuleCheck {
  readonly module: string;
  readonly api: readonly string[];
}

/** After a target's tests are all green, compare this module's demo() with original.py in CPython. */
export interface ParityCheck {
  readonly target: string;
  readonly module: string;
  readonly python: string;
}

export type ChildJob =
  | {
      readonly kind: "spec";
      /** Modules to check first; empty to let each target fail on its own. */
      readonly checks: readonly ModuleCheck[];
      readonly targets: readonly Target[];
      readonly testTimeout: number;
      /** When every test passes, compare this module's demo() with this Python file in CPython. */
      readonly parity?: readonly ParityCheck[];
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
  | Exclude<KataOutcome, { kind: "tests" }>
  /** The tests of every target, and the parity of each target whose tests were all green. */
  | {
      readonly kind: "tests";
      readonly report: RunReport;
      readonly parity: Readonly<Record<string, TranscriptParity>>;
    }
  | { readonly kind: "differential"; readonly result: DifferentialResult };

/**
 * The daemon's part of a spec job around the tests it runs in its warm vitest
 * (src/runner/warm-specs.ts): the module check, then, told which targets came out green, the
 * parity. Both load learner code, so they run in a runner child of their own, never in a process
 * that lives on.
 */
export interface PartJob {
  readonly kind: "check-then-parity";
  readonly checks: readonly ModuleCheck[];
  readonly parity: readonly ParityCheck[];
}

/** What the parent of a check-then-parity child says once the tests have run. */
export interface GreenTargets {
  readonly green: readonly string[];
}

export type PartResult =
  | Exclude<KataOutcome, { kind: "tests" }>
  | { readonly kind: "parity"; readonly parity: Readonly<Record<string, TranscriptParity>> };

export interface ChildRequest {
  readonly root: string;
  readonly job: ChildJob | PartJob;
  readonly out: string;
}

const load = (root: string, file: string) => import(pathToFileURL(resolve(root, file)).href);

/**
 * The phases of a run, reported to the parent so that it can time each one: learner code runs
 * in "import", "tests" and "compare"; "startup" and "parity" are the tools' own work (starting
 * vitest, loading CPython), which may be slow on a busy machine but never hang on learner code.
 */
export type Phase = "import" | "startup" | "tests" | "parity" | "compare" | "waiting";
const phase = (name: Phase) => process.send?.({ phase: name });
// When the CLI ends, however it ends, this run ends with it.
process.on("disconnect", () => process.exit(0));

async function check(
  root: string,
  { module, api }: ModuleCheck,
): Promise<Exclude<KataOutcome, { kind: "tests" }> | undefined> {
  let names: string[];
  try {
    names = await exportNames(root, module);
  } catch (error) {
    return { kind: "load-error", file: module, message: (error as Error).message };
  }
  const { missing } = exportDrift(api, names);
  return missing.length > 0 ? { kind: "missing-exports", file: module, missing } : undefined;
}

/** Compares demo() with original.py for each of these targets (those whose tests were green). */
async function parityOf(
  root: string,
  checks: readonly ParityCheck[],
): Promise<Record<string, TranscriptParity>> {
  if (checks.length > 0) phase("parity");
  const parities: Record<string, TranscriptParity> = {};
  for (const p of checks) parities[p.target] = await transcriptParity(root, p.python, p.module);
  return parities;
}

async function main({ root, job }: ChildRequest): Promise<ChildResult | PartResult> {
  phase("import");
  for (const c of job.checks) {
    const failed = await check(root, c);
    if (failed) return failed;
  }
  return match(job)
    .with({ kind: "spec" }, async ({ targets, testTimeout, parity = [] }) => {
      phase("startup");
      // Loaded here, not at the top: the daemon's check and parity jobs never start vitest.
      const { runSpecs } = await import("./run-specs.ts");
      const report = await runSpecs({ root, targets, testTimeout, onStart: () => phase("tests") });
      const green = parity.filter((p) => greenIn(report, p.target));
      return { kind: "tests" as const, report, parity: await parityOf(root, green) };
    })
    .with({ kind: "check-then-parity" }, async ({ parity }) => {
      // The modules load and export their api: the parent runs the tests elsewhere, however long
      // they take, then names the targets that came out green.
      phase("waiting");
      process.send?.({ checked: true });
      const { green } = await new Promise<GreenTargets>((done) => process.once("message", done));
      const checks = parity.filter((p) => green.includes(p.target));
      return { kind: "parity" as const, parity: await parityOf(root, checks) };
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

const request =
  process.argv[2] === "--spare"
    ? await spareRequest<ChildRequest>()
    : (JSON.parse(process.argv[2] ?? "{}") as ChildRequest);
writeFileSync(request.out, JSON.stringify(await main(request)));
// Learner code may leave timers or sockets open; the result is written, so leave now.
process.exit(0);
