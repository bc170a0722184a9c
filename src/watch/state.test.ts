import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import type { Progress } from "../kata/progress.ts";
import { initialState, type Step, step, type WatchEvent, type WatchState } from "./state.ts";

const singleton = kata("singleton", ["one"], 1);
const adapter = kata("adapter", ["one"], 2);
const observer = kata("observer", ["one"], 3);
const katas = [singleton, adapter, observer];
const fresh: Progress = { version: 1, katas: {} };
const red: KataOutcome = {
  kind: "tests",
  report: {
    tests: [{ target: "t", step: "one", name: "works", state: "failed", failures: [], ms: 1 }],
    loadErrors: [],
    unhandled: [],
  },
};
const hung: KataOutcome = { kind: "timeout", seconds: 10 };

/** Feeds events in order from the initial state; returns every step. */
function play(...events: WatchEvent[]): Step[] {
  const steps: Step[] = [];
  let state: WatchState = initialState;
  for (const event of events) {
    const next = step(state, event);
    steps.push(next);
    state = next.state;
  }
  return steps;
}
const last = (steps: Step[]) => steps.at(-1) as Step;
const ready: WatchEvent = { type: "ready", katas, progress: fresh };
const key = (k: string): WatchEvent => ({ type: "key", key: k });

describe("watch mode's reducer", () => {
  it("opens the first unfinished kata when ready, running, and draws", () => {
    const passedSingleton: Progress = {
      version: 1,
      katas: {
        singleton: { status: "passed", hints: {}, solutionViewed: false, solutionForced: false },
      },
    };
    const { state, effects } = step(initialState, { ...ready, progress: passedSingleton });
    expect(state.current?.id).toBe("adapter");
    expect(state.running).toBe(true);
    expect(effects).toEqual([{ type: "open", kata: adapter, runner: 1 }, { type: "draw" }]);
  });

  it("opens the kata asked for", () => {
    expect(step(initialState, { ...ready, start: "observer" }).state.current?.id).toBe("observer");
  });

  it("on a save shows a running state, then the verdict, and records it", () => {
    const [, , started, ended] = play(
      ready,
      { type: "run-ended", runner: 1, outcome: red },
      { type: "run-started", runner: 1 },
      { type: "run-ended", runner: 1, outcome: hung },
    );
    expect(started?.state.running).toBe(true);
    expect(started?.state.outcome).toEqual(red);
    expect(ended?.state.running).toBe(false);
    expect(ended?.effects).toEqual([
      { type: "record", kata: singleton, outcome: hung },
      { type: "draw" },
    ]);
  });

  it("drops what an earlier kata's runner still reports", () => {
    const steps = play(ready, key("n"), { type: "run-ended", runner: 1, outcome: red });
    expect(last(steps).state.current?.id).toBe("adapter");
    expect(last(steps).state.outcome).toBeUndefined();
    expect(last(steps).effects).toEqual([]);
  });

  it("keeps a hang as the verdict, not running, until the next save", () => {
    const steps = play(ready, { type: "run-ended", runner: 1, outcome: hung });
    expect(last(steps).state).toMatchObject({ running: false, outcome: hung });
  });

  it("keeps the type errors beside the outcome and redraws", () => {
    const diagnostics = [
      { file: "katas/singleton/singleton.ts", line: 1, column: 1, code: "TS2322", message: "no" },
    ];
    const steps = play(ready, { type: "types-checked", diagnostics });
    expect(last(steps).state.diagnostics).toEqual(diagnostics);
    expect(last(steps).effects).toEqual([{ type: "draw" }]);
  });

  it("n moves to the next kata with a new runner, wrapping at the end", () => {
    const steps = play(ready, key("n"), key("n"), key("n"));
    expect(steps.map((s) => s.state.current?.id)).toEqual([
      "singleton",
      "adapter",
      "observer",
      "singleton",
    ]);
    expect(last(steps).effects[0]).toEqual({ type: "open", kata: singleton, runner: 4 });
  });

  it("r asks first; y resets the current kata, anything else does not", () => {
    const asked = play(ready, key("r"));
    expect(last(asked).state.screen).toEqual({ kind: "confirm-reset" });
    expect(last(play(ready, key("r"), key("y"))).effects[0]).toEqual({
      type: "reset",
      kata: singleton,
    });
    const declined = last(play(ready, key("r"), key("n")));
    expect(declined.effects).toEqual([{ type: "draw" }]);
    expect(declined.state.screen).toEqual({ kind: "kata" });
  });

  it("q and Ctrl-C quit with 0, from any screen", () => {
    for (const k of ["q", "\u0003"]) {
      expect(last(play(ready, key(k))).effects).toEqual([{ type: "quit", code: 0 }]);
      expect(last(play(ready, key("l"), key(k))).effects).toEqual([{ type: "quit", code: 0 }]);
    }
  });

  it("l opens a picker: arrows and digits choose, Enter opens the chosen kata", () => {
    const steps = play(ready, key("l"), key("\u001b[B"), key("\u001b[B"), key("\u001b[B"));
    expect(last(steps).state.screen).toEqual({ kind: "list", selected: 2 });
    expect(last(play(ready, key("l"), key("2"))).state.screen).toEqual({
      kind: "list",
      selected: 1,
    });
    const opened = last(play(ready, key("l"), key("3"), key("\r")));
    expect(opened.state.current?.id).toBe("observer");
    expect(opened.state.screen).toEqual({ kind: "kata" });
  });

  it("a note stays until the next action", () => {
    const steps = play(
      ready,
      { type: "note", text: "backed up" },
      { type: "run-started", runner: 1 },
    );
    expect(last(steps).state.note).toBe("backed up");
    expect(last(play(ready, { type: "note", text: "x" }, key("h"))).state.note).toBeUndefined();
  });

  it("h asks for a hint; c asks first whether to show the reference's code before a pass", () => {
    expect(last(play(ready, key("h"))).effects[0]).toEqual({ type: "hint", kata: singleton });
    expect(last(play(ready, key("c"))).state.screen).toEqual({ kind: "confirm-compare" });
    expect(last(play(ready, key("c"), key("y"))).effects[0]).toEqual({
      type: "compare",
      kata: singleton,
      reveal: true,
    });
    expect(last(play(ready, key("c"), key("n"))).effects[0]).toEqual({
      type: "compare",
      kata: singleton,
      reveal: false,
    });
  });

  it("redraws on resize without changing state", () => {
    const [opened, resized] = play(ready, { type: "resized" });
    expect(resized?.state).toBe(opened?.state);
    expect(resized?.effects).toEqual([{ type: "draw" }]);
  });
});
