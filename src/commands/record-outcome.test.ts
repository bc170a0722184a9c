import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { green, pending, ran, red, same } from "../kata/outcome.fixture.ts";
import { type Progress, withKata } from "../kata/progress.ts";
import { recordOutcome } from "./record-outcome.ts";

const k = kata("k", ["one", "two"]);
const fresh: Progress = { version: 1, katas: {} };
const monday = new Date("2026-03-02T09:00:00.000Z");
const tuesday = new Date("2026-03-03T09:00:00.000Z");
const allGreen = [green("one"), green("two")];

describe("recordOutcome", () => {
  it("leaves progress untouched while CPython has not answered", () => {
    const before = withKata(fresh, "k", { status: "failing", step: "two" });
    expect(recordOutcome(before, k, ran(allGreen, pending), monday)).toEqual({
      version: 1,
      katas: {
        k: {
          status: "failing",
          step: "two",
          hints: {},
          solutionViewed: false,
          solutionForced: false,
        },
      },
    });
  });

  it("records the first pass's time and keeps it on later passes", () => {
    const first = recordOutcome(fresh, k, ran(allGreen, same), monday);
    expect(first.katas.k).toMatchObject({ status: "passed", passedAt: "2026-03-02T09:00:00.000Z" });
    const again = recordOutcome(first, k, ran(allGreen, same), tuesday);
    expect(again.katas.k?.passedAt).toBe("2026-03-02T09:00:00.000Z");
  });

  it("records a failing run with the first red step", () => {
    const after = recordOutcome(fresh, k, ran([green("one"), red("two")], same), monday);
    expect(after.katas.k).toMatchObject({ status: "failing", step: "two" });
    expect(after.katas.k?.passedAt).toBeUndefined();
  });

  it("does not record a kata as passed when its parity was not checked", () => {
    const after = recordOutcome(fresh, k, ran(allGreen), monday);
    expect(after.katas.k).toMatchObject({ status: "failing", step: "parity" });
    expect(after.katas.k?.passedAt).toBeUndefined();
  });

  it("records code that never reached the tests as failing, on the step the learner was on", () => {
    const before = withKata(fresh, "k", { status: "failing", step: "two" });
    const after = recordOutcome(before, k, { kind: "timeout", seconds: 10 }, monday);
    expect(after.katas.k).toMatchObject({ status: "failing", step: "two" });
  });

  it("leaves no step behind once the kata passes", () => {
    const before = withKata(fresh, "k", { status: "failing", step: "two" });
    const after = recordOutcome(before, k, ran(allGreen, same), monday);
    expect(after.katas.k?.status).toBe("passed");
    expect(after.katas.k?.step).toBeUndefined();
  });

  it("keeps the hints revealed and the other katas", () => {
    const before = withKata(withKata(fresh, "k", { hints: { one: 2 } }), "other", {
      status: "passed",
    });
    const after = recordOutcome(before, k, ran([red("one")], same), monday);
    expect(after.katas.k?.hints).toEqual({ one: 2 });
    expect(after.katas.other?.status).toBe("passed");
  });

  it("counts the hint shown with a failing step as revealed", () => {
    const after = recordOutcome(fresh, k, ran([red("one"), green("two")], same), monday);
    expect(after.katas.k?.hints).toEqual({ one: 1 });
  });
});
