import { describe, expect, it } from "vitest";
import type { Kata } from "./catalog.ts";
import { kataFiles } from "./catalog.ts";
import { hintSeen, nextHint } from "./hints.ts";
import { type Progress, withKata } from "./progress.ts";

const kata: Kata = {
  id: "k",
  files: kataFiles("k"),
  manifest: {
    id: "k",
    title: "K",
    order: 1,
    track: "patterns",
    difficulty: "easy",
    tags: [],
    python: "original.py",
    api: ["f"],
    steps: [
      { id: "first", title: "First", hints: ["a1", "a2"] },
      { id: "second", title: "Second", hints: ["b1", "b2", "b3"] },
    ],
  },
};
const fresh: Progress = { version: 1, katas: {} };

describe("nextHint", () => {
  it("starts with the vaguest hint of the first step", () => {
    const shown = nextHint(kata, fresh);
    expect(shown).toMatchObject({ step: "first", stepNumber: 1, hints: ["a1"], total: 2 });
    expect(shown.progress.katas.k?.hints).toEqual({ first: 1 });
  });

  it("reveals one more hint per call, on the step the last test run stopped at, and stops at the last", () => {
    let progress = withKata(fresh, "k", { status: "failing", step: "second" });
    const seen: string[][] = [];
    for (let i = 0; i < 4; i++) {
      const shown = nextHint(kata, progress);
      seen.push([...shown.hints]);
      progress = shown.progress;
    }
    expect(seen).toEqual([["b1"], ["b1", "b2"], ["b1", "b2", "b3"], ["b1", "b2", "b3"]]);
    expect(progress.katas.k?.hints).toEqual({ second: 3 });
  });

  it("counts no hint on a kata that has passed, and shows the ones revealed", () => {
    const passed = withKata(fresh, "k", { status: "passed", hints: { first: 1 } });
    const shown = nextHint(kata, passed);
    expect(shown.hints).toEqual(["a1"]);
    expect(shown.progress).toBe(passed);
  });
});

describe("hintSeen", () => {
  it("counts the hint a test run showed, so the next kata hint is the second", () => {
    const seen = hintSeen(kata, fresh, "second");
    expect(seen.katas.k?.hints).toEqual({ second: 1 });
    expect(nextHint(kata, withKata(seen, "k", { step: "second" })).hints).toEqual(["b1", "b2"]);
  });

  it("changes nothing once a hint of the step was revealed, or for a step without hints", () => {
    const two = withKata(fresh, "k", { hints: { first: 2 } });
    expect(hintSeen(kata, two, "first")).toBe(two);
    expect(hintSeen(kata, fresh, "parity")).toBe(fresh);
  });
});
