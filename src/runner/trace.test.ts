import { describe, expect, it } from "vitest";
import { traced } from "./trace.ts";

const line = (step: string, name: string, state?: string) =>
  JSON.stringify(state ? { step, name, state } : { step, name });

describe("traced", () => {
  it("gives the tests that ended and the one that started and never ended", () => {
    const text = [line("one", "a"), line("one", "a", "passed"), line("two", "b"), ""].join("\n");
    expect(traced(text, "k:learner")).toEqual({
      tests: [
        { target: "k:learner", step: "one", name: "a", state: "passed", failures: [], ms: 0 },
      ],
      running: { target: "k:learner", step: "two", name: "b" },
    });
  });

  it("names no running test when the last one ended, or nothing ran", () => {
    expect(
      traced([line("one", "a"), line("one", "a", "failed")].join("\n"), "t").running,
    ).toBeUndefined();
    expect(traced("", "t")).toEqual({ tests: [] });
  });
});
