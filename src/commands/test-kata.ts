import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MissingFileError } from "../errors.ts";
import { findKata, type Kata } from "../kata/catalog.ts";
import { ownDiagnostics } from "../kata/diagnostics.ts";
import type { KataOutcome, TypeDiagnostic } from "../kata/outcome.ts";
import type { ChildResult } from "../runner/child.ts";
import { type LearnerRun, runLearner } from "../runner/run-learner.ts";
import { typecheck } from "../runner/typecheck.ts";

/**
 * A tsconfig that checks one kata's files (and what they import) instead of the whole
 * repository: `.kata/tsconfig/<id>.json`. Falls back to the root tsconfig if it cannot be written.
 */
async function kataProject(root: string, kata: Kata): Promise<string> {
  const file = join(".kata", "tsconfig", `${kata.id}.json`);
  const config = { extends: "../../tsconfig.json", include: [`../../${kata.files.dir}`] };
  try {
    await mkdir(join(root, ".kata", "tsconfig"), { recursive: true });
    await writeFile(join(root, file), `${JSON.stringify(config, null, 2)}\n`);
    return file;
  } catch {
    return "tsconfig.json";
  }
}

export interface TestKataOptions {
  readonly timeoutSeconds: number;
  /** Prerequisites that run on their reference rather than the learner's code. */
  readonly referencePrerequisites?: readonly string[];
  /** How the spec and the type check run: cold by default, warm in the daemon. */
  readonly runners?: Runners;
}

/** The two things `kata test` runs, cold (a process each) or warm (the daemon's). */
export interface Runners {
  readonly runLearner: (run: LearnerRun) => Promise<ChildResult>;
  /** Every diagnostic in the kata's own files, from a check that saw them as they are now. */
  readonly typecheckKata: (root: string, kata: Kata) => Promise<TypeDiagnostic[]>;
}

/** TypeScript over one kata, as a new process: the diagnostics in the kata's own files. */
export async function typecheckKata(root: string, kata: Kata): Promise<TypeDiagnostic[]> {
  return ownDiagnostics(kata, await typecheck(root, await kataProject(root, kata)));
}

export const coldRunners: Runners = { runLearner, typecheckKata };

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
  for (const file of [kata.files.stub, kata.files.spec]) {
    if (!existsSync(join(root, file))) throw new MissingFileError(file);
  }
  // TypeScript and the tests start together: type errors still come first, but a learner whose
  // code type-checks no longer waits for the compiler before the tests start.
  const stop = new AbortController();
  const target = `${id}:learner`;
  const swapped = options.referencePrerequisites ?? [];
  const runners = options.runners ?? coldRunners;
  const running = runners.runLearner({
    root,
    timeoutSeconds: options.timeoutSeconds,
    signal: stop.signal,
    // The transcript check imports the learner's module with Node itself: its `#kata/<id>`
    // imports then resolve to the references, as the aliases do for the spec.
    ...(swapped.length > 0 ? { conditions: ["solutions"] } : {}),
    job: {
      kind: "spec",
      checks: [{ module: kata.files.stub, api: kata.manifest.api }],
      testTimeout: options.timeoutSeconds * 1000,
      targets: [
        {
          name: target,
          kata: id,
          spec: kata.files.spec,
          impl: { kind: "learner" },
          referencePrerequisites: swapped,
        },
      ],
      parity: [{ target, module: kata.files.stub, python: kata.files.python }],
    },
  });
  const diagnostics = await runners.typecheckKata(root, kata);
  if (diagnostics.length > 0) {
    stop.abort();
    await running.catch(() => undefined);
    return { kata, outcome: { kind: "type-errors", diagnostics } };
  }
  const result = await running;
  if (result.kind === "differential") throw new Error("a spec job returned a differential result");
  if (result.kind !== "tests") return { kata, outcome: result };
  const parity = result.parity[target];
  return { kata, outcome: { kind: "tests", report: result.report, ...(parity ? { parity } : {}) } };
}

/** Every kata's spec against the learner's code in one run (the progress check without a terminal). */
export async function testAll(
  root: string,
  katas: readonly Kata[],
  options: TestKataOptions & { readonly swapped: (kata: Kata) => readonly string[] },
): Promise<Map<string, KataOutcome>> {
  const diagnostics = await typecheck(root, "tsconfig.json");
  const anySwapped = katas.some((k) => options.swapped(k).length > 0);
  const result = await runLearner({
    root,
    // As in testKata; one Node process for every kata, so the transcript check of a kata whose
    // prerequisites passed also meets the references then (the spec, through aliases, does not).
    ...(anySwapped ? { conditions: ["solutions"] } : {}),
    // One limit per kata: the run covers them all.
    timeoutSeconds: options.timeoutSeconds * Math.max(1, katas.length),
    job: {
      kind: "spec",
      checks: [],
      testTimeout: options.timeoutSeconds * 1000,
      targets: katas.map((k) => ({
        name: k.id,
        kata: k.id,
        spec: k.files.spec,
        impl: { kind: "learner" },
        referencePrerequisites: options.swapped(k),
      })),
      // The same last step as `kata test`: a kata whose port prints otherwise has not passed.
      parity: katas.map((k) => ({ target: k.id, module: k.files.stub, python: k.files.python })),
    },
  });
  if (result.kind === "differential") throw new Error("a spec job returned a differential result");
  return new Map(
    katas.map((kata): [string, KataOutcome] => {
      const own = ownDiagnostics(kata, diagnostics);
      if (own.length > 0) return [kata.id, { kind: "type-errors", diagnostics: own }];
      // A hang or crash stops the whole run, so every kata shares that outcome.
      if (result.kind !== "tests") return [kata.id, result];
      const report = {
        tests: result.report.tests.filter((t) => t.target === kata.id),
        loadErrors: result.report.loadErrors.filter((e) => e.target === kata.id),
        unhandled: [],
      };
      const parity = result.parity[kata.id];
      return [kata.id, { kind: "tests", report, ...(parity ? { parity } : {}) }];
    }),
  );
}
