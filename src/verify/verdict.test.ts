import { describe, expect, it } from "vitest";
import { kataFiles } from "../kata/catalog.ts";
import type { RunReport, TestOutcome } from "../kata/report.ts";
import { judge, type KataEvidence, targetName } from "./verdict.ts";

const kata = {
  id: "k",
  files: kataFiles("k"),
  manifest: {
    id: "k",
    title: "K",
    order: 1,
    track: "patterns" as const,
    difficulty: "easy" as const,
    tags: [],
    python: "original.py",
    api: ["f"],
    steps: [{ id: "one", title: "One", hints: ["h"] }],
  },
};
const test = (target: string, state: TestOutcome["state"]): TestOutcome => ({
  target,
  step: "one",
  name: "t",
  state,
  failures: [],
  ms: 0,
});
const evidence = (report: RunReport): KataEvidence => ({
  kata,
  missingFiles: [],
  decoys: ["wrong", "broken"],
  stubExports: { missing: [], extra: [] },
  referenceExports: { missing: [], extra: [] },
  typeErrors: [],
  report,
  translation: [],
  transcript: [],
  requires: [],
  size: { lines: 84, problems: [] },
});

describe("judge", () => {
  const passing = [test(targetName.reference("k"), "passed"), test(targetName.stub("k"), "failed")];
  // Every decoy runs and fails: the kata keeps its contract.
  const report = {
    tests: [
      ...passing,
      test(targetName.decoy("k", "wrong"), "failed"),
      test(targetName.decoy("k", "broken"), "failed"),
    ],
    loadErrors: [],
    unhandled: [],
  };

  it("names the reference's size in the summary, and its problems as breaches", () => {
    const over = { lines: 300, problems: ["solutions/k has 300 lines of code"] };
    expect(judge(evidence(report)).summary).toMatch(/ · 84 lines$/);
    const verdict = judge({ ...evidence(report), size: over });
    expect(verdict.ok).toBe(false);
    expect(verdict.breaches).toEqual(["solutions/k has 300 lines of code"]);
  });

  it("accepts a kata whose decoys all run and fail", () => {
    expect(judge(evidence(report)).breaches).toEqual([]);
  });

  it("flags a decoy that passes, and one that does not load", () => {
    const report = {
      tests: [...passing, test(targetName.decoy("k", "wrong"), "passed")],
      loadErrors: [
        { target: targetName.decoy("k", "broken"), failure: { message: "SyntaxError" } },
      ],
      unhandled: [],
    };
    const verdict = judge(evidence(report));
    expect(verdict.ok).toBe(false);
    expect(verdict.breaches).toEqual([
      "decoy wrong passes every test: the spec cannot tell it from the reference",
      "decoy broken does not load, so it proves nothing",
    ]);
    expect(verdict.summary).toContain("decoys rejected 0/2");
  });
});
