import { describe, expect, it } from "vitest";
import { greenIn, type RunReport, type TestOutcome } from "./report.ts";

const test = (target: string, state: TestOutcome["state"]): TestOutcome => ({
  target,
  step: "one",
  name: "works",
  state,
  failures: [],
  ms: 1,
});
const report = (tests: TestOutcome[], loadErrors: RunReport["loadErrors"] = []): RunReport => ({
  tests,
  loadErrors,
  unhandled: [],
});

describe("greenIn", () => {
  it("is green when every test of the target passed, whatever other targets did", () => {
    expect(greenIn(report([test("k", "passed"), test("other", "failed")]), "k")).toBe(true);
  });

  it("is not green with a failing test, a spec that did not load, or no test at all", () => {
    expect(greenIn(report([test("k", "passed"), test("k", "failed")]), "k")).toBe(false);
    const failure = { message: "SyntaxError" };
    expect(greenIn(report([test("k", "passed")], [{ target: "k", failure }]), "k")).toBe(false);
    expect(greenIn(report([test("other", "passed")]), "k")).toBe(false);
  });
});
