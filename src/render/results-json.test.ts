import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { resultsV3 } from "./results-json.ts";

const singleton = kata("singleton", ["one", "two"]);
const ended = (step: string, name: string) => ({
  target: "learner",
  step,
  name,
  state: "passed" as const,
  failures: [],
  ms: 1,
});

describe("resultsV3 of a run stopped at the time limit", () => {
  it("keeps the tests that ended, and fails the one the run was stopped in", () => {
    const results = resultsV3(singleton, {
      kind: "timeout",
      seconds: 10,
      tests: [ended("one", "a"), ended("two", "b")],
      running: { target: "learner", step: "two", name: "c" },
    });
    expect(results).toEqual({
      version: 3,
      status: "error",
      message: "The tests did not finish within 10 s.",
      tests: [
        { name: "one > a", status: "pass", task_id: 1 },
        { name: "two > b", status: "pass", task_id: 2 },
        {
          name: "two > c",
          status: "fail",
          message: "The tests did not finish within 10 s.",
          task_id: 2,
        },
      ],
    });
  });

  it("has no tests when none had ended", () => {
    expect(resultsV3(singleton, { kind: "timeout", seconds: 3 }).tests).toEqual([]);
  });
});
