import { describe, expect, it } from "vitest";
import { classify, type GradedKata } from "./classify.ts";
import type { ChildKata, ErrorInfo, GradedTest } from "./grade-protocol.ts";
import type { SubmittedKata } from "./submissions.ts";

const kata: GradedKata = { id: "singleton", steps: ["one", "two"], points: [5, 5] };
const handed: SubmittedKata = { kind: "files", dir: "/s/katas/singleton", files: ["singleton.ts"] };
const pass = (step: string, name = "works"): GradedTest => ({ step, name, state: "passed" });
const fail = (step: string, message: string, extra = {}): GradedTest => ({
  step,
  name: "breaks",
  state: "failed",
  error: { message, ...extra },
});
const ran = (tests: GradedTest[], errors: ErrorInfo[] = []): ChildKata => ({
  kind: "ran",
  tests,
  errors,
});

describe("classify", () => {
  it("passes a kata whose every test passed, with every step counted", () => {
    const grade = classify(kata, handed, ran([pass("one"), pass("two")]));
    expect(grade).toEqual({
      kata: "singleton",
      outcome: "passed",
      steps: { passed: 2, total: 2 },
      tests: { passed: 2, total: 2 },
      points: { passed: 10, total: 10 },
      byStep: [
        {
          step: "one",
          passed: true,
          tests: { passed: 1, total: 1 },
          points: { passed: 5, total: 5 },
        },
        {
          step: "two",
          passed: true,
          tests: { passed: 1, total: 1 },
          points: { passed: 5, total: 5 },
        },
      ],
    });
  });

  it("gives partial credit: a passed step earns its share, a failing one nothing and says why", () => {
    const grade = classify(kata, handed, ran([pass("one"), fail("two", "expected 1\nmore")]));
    expect(grade.points).toEqual({ passed: 5, total: 10 });
    expect(grade.byStep[1]).toEqual({
      step: "two",
      passed: false,
      tests: { passed: 0, total: 1 },
      points: { passed: 0, total: 5 },
      detail: "breaks: expected 1",
    });
  });

  it("earns no point for a refused kata, whatever passed", () => {
    const refused = fail("two", "nope", {
      code: "ERR_ACCESS_DENIED",
      permission: "FileSystemWrite",
    });
    const grade = classify(kata, handed, ran([pass("one"), refused]));
    expect(grade.outcome).toBe("refused");
    expect(grade.steps.passed).toBe(1);
    expect(grade.points).toEqual({ passed: 0, total: 10 });
  });

  it("counts the steps that finished before a timeout", () => {
    const grade = classify(kata, handed, { kind: "timeout", tests: [pass("one")], seconds: 5 });
    expect(grade).toMatchObject({ outcome: "timeout", points: { passed: 5, total: 10 } });
  });

  it("counts a step only when all its tests passed, and names the first failure", () => {
    const grade = classify(
      kata,
      handed,
      ran([pass("one"), pass("two"), fail("two", "expected 1\nmore")]),
    );
    expect(grade.outcome).toBe("failing");
    expect(grade.steps).toEqual({ passed: 1, total: 2 });
    expect(grade.detail).toBe("two › breaks: expected 1");
  });

  it("records a missing kata without running it", () => {
    expect(classify(kata, { kind: "missing" }, undefined)).toMatchObject({
      outcome: "missing",
      steps: { passed: 0, total: 2 },
    });
  });

  it("refuses what findSubmissions refused, and reports an oversized kata as a load error", () => {
    expect(classify(kata, { kind: "refused", reason: "a link" }, undefined)).toMatchObject({
      outcome: "refused",
      detail: "a link",
    });
    expect(classify(kata, { kind: "invalid", reason: "too big" }, undefined).outcome).toBe(
      "load-error",
    );
  });

  it("puts a refusal by the sandbox above everything else, naming the permission and the path", () => {
    const denied = {
      message: "Access to this API has been restricted",
      code: "ERR_ACCESS_DENIED",
      permission: "FileSystemWrite",
      resource: "/tmp/x",
    };
    const grade = classify(kata, handed, ran([pass("one")], [denied]));
    expect(grade.outcome).toBe("refused");
    expect(grade.detail).toBe("refused by the sandbox: FileSystemWrite /tmp/x");
    expect(
      classify(kata, handed, ran([fail("one", "x", { code: "ERR_DLOPEN_DISABLED" })])).outcome,
    ).toBe("refused");
  });

  it("records a kata stopped by the watchdog as a timeout, keeping the steps it passed", () => {
    const grade = classify(kata, handed, { kind: "timeout", tests: [pass("one")], seconds: 10 });
    expect(grade).toMatchObject({ outcome: "timeout", steps: { passed: 1, total: 2 } });
    expect(grade.detail).toBe("still running after 10 s");
  });

  it("records a test that timed out inside vitest as a timeout too", () => {
    const grade = classify(
      kata,
      handed,
      ran([pass("one"), fail("two", "Test timed out in 5000ms.")]),
    );
    expect(grade.outcome).toBe("timeout");
    expect(grade.steps.passed).toBe(1);
  });

  it("records a dead fork, or an exit vitest intercepted, as a crash", () => {
    const died = classify(kata, handed, {
      kind: "crashed",
      tests: [],
      errors: [{ message: "heap out of memory" }],
    });
    expect(died.outcome).toBe("crashed");
    expect(died.detail).toContain("heap out of memory");
    const exited = ran([], [{ message: 'process.exit unexpectedly called with "1"' }]);
    expect(classify(kata, handed, exited).outcome).toBe("crashed");
  });

  it("records a module that did not load as a load error, without oxc's frame", () => {
    const message =
      "Transform failed with 1 error:\n\n[PARSE_ERROR] Unexpected token\n   ╭─[ katas/singleton/singleton.ts:3:7 ]\n";
    const grade = classify(kata, handed, ran([], [{ message }]));
    expect(grade.outcome).toBe("load-error");
    expect(grade.detail).toBe("[PARSE_ERROR] Unexpected token · katas/singleton/singleton.ts:3:7");
  });

  it("never passes a kata whose spec ran no tests", () => {
    expect(classify(kata, handed, ran([])).outcome).toBe("failing");
  });
});
