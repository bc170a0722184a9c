import { describe, expect, it } from "vitest";
import { kata } from "./catalog.fixture.ts";
import { differ, green, parityError, pending, ran, red, same } from "./outcome.fixture.ts";
import type { KataOutcome } from "./outcome.ts";
import { stepResults, verdictOf } from "./verdict.ts";

const k = kata("k", ["one", "two", "three"]);
const allGreen = [green("one"), green("two"), green("three")];

describe("verdictOf", () => {
  it.each<KataOutcome>([
    { kind: "type-errors", diagnostics: [] },
    { kind: "load-error", file: "katas/k/k.ts", message: "boom" },
    { kind: "missing-exports", file: "katas/k/k.ts", missing: ["demo"] },
    { kind: "timeout", seconds: 10 },
  ])("calls code that never reached the tests an error ($kind)", (outcome) => {
    expect(verdictOf(k, outcome)).toEqual({ status: "error", steps: [] });
  });

  it("stops at the first red step, in the manifest's order", () => {
    const outcome = ran([green("one"), red("three"), red("two")], same);
    expect(verdictOf(k, outcome)).toMatchObject({ status: "failing", step: "two" });
  });

  it("passes when every step is green and demo() prints what CPython prints", () => {
    const verdict = verdictOf(k, ran(allGreen, same));
    expect(verdict.status).toBe("passed");
    expect(verdict.step).toBeUndefined();
    expect(verdict.steps.map((s) => s.passed)).toEqual([true, true, true]);
  });

  it("is still checking while CPython has not answered", () => {
    expect(verdictOf(k, ran(allGreen, pending))).toMatchObject({
      status: "checking",
      step: "parity",
    });
  });

  it.each([
    ["was not checked", undefined],
    ["differs", differ],
    ["could not run", parityError],
  ] as const)("fails at step parity when parity %s", (_, parity) => {
    expect(verdictOf(k, ran(allGreen, parity))).toMatchObject({
      status: "failing",
      step: "parity",
    });
  });

  it("does not count a step without tests as green", () => {
    const outcome = ran([green("one"), green("three")], same);
    expect(verdictOf(k, outcome)).toMatchObject({ status: "failing", step: "two" });
  });

  it("calls a run whose spec did not load an error, even with every step green", () => {
    const loadErrors = [{ target: "learner", failure: { message: "SyntaxError" } }];
    expect(verdictOf(k, ran(allGreen, same, loadErrors))).toMatchObject({ status: "error" });
  });
});

describe("stepResults", () => {
  it("groups tests by step, in the manifest's order, with each step's title", () => {
    const titled = {
      ...k,
      manifest: {
        ...k.manifest,
        steps: k.manifest.steps.map((s) => ({ ...s, title: `T ${s.id}` })),
      },
    };
    const results = stepResults(titled, [red("two", "b"), green("one", "a"), green("two", "c")]);
    expect(results.map((s) => [s.id, s.title, s.tests.map((t) => t.name), s.passed])).toEqual([
      ["one", "T one", ["a"], true],
      ["two", "T two", ["b", "c"], false],
      ["three", "T three", [], false],
    ]);
  });

  it("does not count a skipped test as green", () => {
    const skipped = { ...green("one"), state: "skipped" as const };
    expect(stepResults(k, [skipped])[0]?.passed).toBe(false);
  });
});
