// Runs in a child process so that learner code which never finishes can be stopped from the
// outside: a synchronous `while (true) {}` blocks this process's event loop, timers included.
import { writeFileSync } from "node:fs";
import { exportDrift, exportNames } from "../verify/exports.ts";
import type { KataOutcome } from "./outcome.ts";
import { runSpecs } from "./run-specs.ts";
import type { Target } from "./targets.ts";

export interface ChildRequest {
  readonly root: string;
  readonly target: Target;
  /** The module whose exports must match `api`, loaded first to catch syntax errors and throws. */
  readonly module: string;
  readonly api: readonly string[];
  readonly testTimeout: number;
  readonly out: string;
}

async function main(request: ChildRequest): Promise<KataOutcome> {
  let names: string[];
  try {
    names = await exportNames(request.root, request.module);
  } catch (error) {
    return { kind: "load-error", file: request.module, message: (error as Error).message };
  }
  const { missing } = exportDrift(request.api, names);
  if (missing.length > 0) return { kind: "missing-exports", file: request.module, missing };
  const report = await runSpecs({
    root: request.root,
    targets: [request.target],
    testTimeout: request.testTimeout,
  });
  return { kind: "tests", report };
}

const request = JSON.parse(process.argv[2] ?? "{}") as ChildRequest;
writeFileSync(request.out, JSON.stringify(await main(request)));
// Learner code may leave timers or sockets open; the result is written, so leave now.
process.exit(0);
