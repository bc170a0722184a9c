import type { BenchCase, Contender, Section } from "./contender.ts";
import { measure, median } from "./measure.ts";
import type { CaseResult, ContenderResult, Output, SectionResult } from "./results.ts";

function call(run: () => string): Output {
  try {
    const value: unknown = run();
    return typeof value === "string"
      ? { ok: true, value }
      : { ok: false, error: `returned ${typeof value}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function runCase(benchCase: BenchCase): CaseResult {
  const outputs = benchCase.contenders.map((c) => [c, call(c.run)] as const);
  // A call that throws is reported, not timed.
  const timed: Contender[] = outputs.filter(([, o]) => o.ok).map(([c]) => c);
  const rounds = measure(timed);
  const [first, ...peers] = outputs;
  if (first === undefined) throw new Error(`${benchCase.label}: no contenders`);
  const [ours, oursOutput] = first;
  const oursRounds = rounds.get(ours.name) ?? [];
  const result = (c: Contender, output: Output, isOurs: boolean): ContenderResult => {
    const own = rounds.get(c.name);
    return {
      name: c.name,
      detail: c.detail,
      output,
      correct: output.ok && output.value === benchCase.expected,
      opsPerSecond: own === undefined ? undefined : median(own),
      ratio:
        isOurs || own === undefined || oursRounds.length === 0
          ? undefined
          : median(own.map((peer, round) => (oursRounds[round] ?? Number.NaN) / peer)),
    };
  };
  return {
    label: benchCase.label,
    expected: benchCase.expected,
    python: benchCase.python,
    ours: result(ours, oursOutput, true),
    peers: peers.map(([c, o]) => result(c, o, false)),
  };
}

/** Checks and times every case of a section; `onCase` reports progress. */
export function runSection(section: Section, onCase: (label: string) => void): SectionResult {
  return {
    section,
    cases: section.cases.map((c) => {
      onCase(c.label);
      return runCase(c);
    }),
  };
}
