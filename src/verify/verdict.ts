import type { Kata } from "../kata/catalog.ts";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import type { RunReport, TestOutcome } from "../kata/report.ts";
import type { ExportDrift } from "../runner/exports.ts";

/** Everything verify learned about one kata, gathered before judging. */
export interface KataEvidence {
  readonly kata: Kata;
  readonly missingFiles: readonly string[];
  readonly decoys: readonly string[];
  readonly stubExports: ExportDrift;
  readonly referenceExports: ExportDrift;
  readonly typeErrors: readonly TypeDiagnostic[];
  readonly report: RunReport;
  /** What is wrong with the Chinese translation; empty when it is complete and current. */
  readonly translation: readonly string[];
  /** What is wrong with the stored CPython transcript; empty when it is what CPython prints. */
  readonly transcript: readonly string[];
  /** What is wrong with `requires`: it must name the katas the kata imports, each earlier. */
  readonly requires: readonly string[];
  /** The reference's lines of code (`referenceSize`) and what is wrong with them. */
  readonly size: { readonly lines: number; readonly problems: readonly string[] };
}

/** The verdict on one kata: what held, and each breach in words. */
export interface Verdict {
  readonly id: string;
  /** A kata, or a document checked beside them (the root README's translation). */
  readonly subject?: "kata" | "document";
  readonly ok: boolean;
  readonly summary: string;
  readonly breaches: readonly string[];
}

export const targetName = {
  reference: (id: string) => `${id}:reference`,
  stub: (id: string) => `${id}:stub`,
  decoy: (id: string, decoy: string) => `${id}:decoy:${decoy}`,
};

const drift = (who: string, d: ExportDrift): string[] => [
  ...(d.missing.length
    ? [`${who} does not export ${d.missing.join(", ")} (listed in kata.json api)`]
    : []),
  ...(d.extra.length ? [`${who} exports ${d.extra.join(", ")}, not listed in kata.json api`] : []),
];

function ran(report: RunReport, target: string): { tests: TestOutcome[]; loadFailed: boolean } {
  return {
    tests: report.tests.filter((t) => t.target === target),
    loadFailed: report.loadErrors.some((e) => e.target === target),
  };
}

/** Judges one kata from its evidence (pure): the contract in docs/kata-contract.md. */
export function judge(evidence: KataEvidence): Verdict {
  const { kata, report } = evidence;
  const id = kata.id;
  const steps = kata.manifest.steps.map((s) => s.id);
  const breaches: string[] = evidence.missingFiles.map((f) => `${f} is missing`);
  breaches.push(
    ...drift("the stub", evidence.stubExports),
    ...drift("the reference", evidence.referenceExports),
  );

  const reference = ran(report, targetName.reference(id));
  const specSteps = [...new Set(reference.tests.map((t) => t.step))];
  if (specSteps.join() !== steps.join()) {
    breaches.push(
      `the spec's top-level describes (${specSteps.join(", ") || "none"}) differ from kata.json steps (${steps.join(", ")})`,
    );
  }
  const refFailed = reference.tests.filter((t) => t.state !== "passed");
  if (reference.loadFailed || reference.tests.length === 0)
    breaches.push("the spec did not run against the reference");
  for (const t of refFailed)
    breaches.push(
      `the reference fails "${t.step} > ${t.name}": ${t.failures[0]?.message.split("\n")[0] ?? t.state}`,
    );

  const stub = ran(report, targetName.stub(id));
  const stubFailing = new Set(stub.tests.filter((t) => t.state === "failed").map((t) => t.step));
  const stubPassingSteps = stub.loadFailed ? [] : steps.filter((s) => !stubFailing.has(s));
  for (const s of stubPassingSteps) breaches.push(`the stub passes every test of step "${s}"`);

  if (evidence.decoys.length < 2)
    breaches.push(`only ${evidence.decoys.length} decoy(s); the contract asks for two or more`);
  const survivors = evidence.decoys.filter((d) => {
    const run = ran(report, targetName.decoy(id, d));
    return !run.loadFailed && run.tests.length > 0 && run.tests.every((t) => t.state === "passed");
  });
  for (const d of survivors)
    breaches.push(`decoy ${d} passes every test: the spec cannot tell it from the reference`);
  // A decoy that does not load is "rejected" without proving anything about the spec.
  const unloaded = evidence.decoys.filter((d) => {
    const run = ran(report, targetName.decoy(id, d));
    return run.loadFailed || run.tests.length === 0;
  });
  for (const d of unloaded) breaches.push(`decoy ${d} does not load, so it proves nothing`);

  for (const e of evidence.typeErrors)
    breaches.push(`type error ${e.file}:${e.line}: ${e.message.split("\n")[0]}`);
  breaches.push(
    ...evidence.translation,
    ...evidence.transcript,
    ...evidence.requires,
    ...evidence.size.problems,
  );

  const rejected = evidence.decoys.length - survivors.length - unloaded.length;
  const passed = reference.tests.length - refFailed.length;
  const summary = [
    `reference ${passed}/${reference.tests.length}`,
    `stub fails ${steps.length - stubPassingSteps.length}/${steps.length} steps`,
    `decoys rejected ${rejected}/${evidence.decoys.length}`,
    `types ${evidence.typeErrors.length === 0 ? "ok" : `${evidence.typeErrors.length} error(s)`}`,
    `zh-CN ${evidence.translation.length === 0 ? "ok" : "needs work"}`,
    `transcript ${evidence.transcript.length === 0 ? "ok" : "stale"}`,
    `${evidence.size.lines} lines`,
  ].join(" · ");
  return { id, ok: breaches.length === 0, summary, breaches };
}
