import { readFile } from "node:fs/promises";
import type { KataOutcome } from "../kata/outcome.ts";
import type { RunningTest, TestOutcome } from "../kata/report.ts";
import type { TraceLine } from "../testing/trace-setup.ts";

/**
 * Where a stopped run was, from the trace its tests wrote as they went (pure): the tests that
 * ended, and the one that started and never ended.
 */
export function traced(
  text: string,
  target: string,
): { tests: TestOutcome[]; running?: RunningTest } {
  const lines = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TraceLine);
  const tests: TestOutcome[] = lines.flatMap((l) =>
    l.state ? [{ target, step: l.step, name: l.name, state: l.state, failures: [], ms: 0 }] : [],
  );
  const last = lines.at(-1);
  return last && !last.state
    ? { tests, running: { target, step: last.step, name: last.name } }
    : { tests };
}

/** A run stopped at its time limit of `seconds`, and where its trace file says it was. */
export async function stoppedAt(
  trace: string,
  target: string,
  seconds: number,
): Promise<Extract<KataOutcome, { kind: "timeout" }>> {
  const where = traced(await readFile(trace, "utf8").catch(() => ""), target);
  return { kind: "timeout", seconds, ...where };
}
