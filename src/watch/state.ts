import type { Kata } from "../kata/catalog.ts";
import type { KataOutcome, TypeDiagnostic } from "../kata/outcome.ts";
import { type Progress, progressOf } from "../kata/progress.ts";
import { isDone } from "../kata/status.ts";

/** What fills the screen under the progress bar. */
export type Screen =
  | { readonly kind: "kata" }
  /** The kata picker: arrows or a number move, Enter opens. */
  | { readonly kind: "list"; readonly selected: number }
  /** A comparison, pinned until the next key. */
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "confirm-reset" }
  /** Before a pass, the reference's code is shown only on a yes (and recorded). */
  | { readonly kind: "confirm-compare" };

/** Everything watch mode knows; the terminal shell only feeds it events and performs effects. */
export interface WatchState {
  readonly katas: readonly Kata[];
  readonly progress: Progress;
  readonly current: Kata | undefined;
  /** The runner of the current kata; events of an older runner are dropped. */
  readonly runner: number;
  /** A test run is under way: shown, so an old verdict is never mistaken for the new one. */
  readonly running: boolean;
  readonly outcome: KataOutcome | undefined;
  readonly diagnostics: readonly TypeDiagnostic[];
  readonly screen: Screen;
  /** A message (a hint, a reset's backup, an error) that stays until the next action. */
  readonly note: string | undefined;
}

export type WatchEvent =
  | {
      readonly type: "ready";
      readonly katas: readonly Kata[];
      readonly progress: Progress;
      readonly start?: string;
    }
  | { readonly type: "run-started"; readonly runner: number }
  | { readonly type: "run-ended"; readonly runner: number; readonly outcome: KataOutcome }
  | { readonly type: "types-checked"; readonly diagnostics: readonly TypeDiagnostic[] }
  | { readonly type: "key"; readonly key: string }
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "note"; readonly text: string }
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "resized" };

export type WatchEffect =
  /** Close the current runner and start one for `kata` (none when every kata is green). */
  | { readonly type: "open"; readonly kata: Kata | undefined; readonly runner: number }
  | { readonly type: "record"; readonly kata: Kata; readonly outcome: KataOutcome }
  | { readonly type: "hint"; readonly kata: Kata }
  | { readonly type: "compare"; readonly kata: Kata; readonly reveal: boolean }
  | { readonly type: "reset"; readonly kata: Kata }
  | { readonly type: "quit"; readonly code: number }
  /** Draw the screen once: one redraw per change of state. */
  | { readonly type: "draw" };

export interface Step {
  readonly state: WatchState;
  readonly effects: readonly WatchEffect[];
}

export const initialState: WatchState = {
  katas: [],
  progress: { version: 1, katas: {} },
  current: undefined,
  runner: 0,
  running: false,
  outcome: undefined,
  diagnostics: [],
  screen: { kind: "kata" },
  note: undefined,
};

const KEYS = { up: "\u001b[A", down: "\u001b[B", enter: "\r", escape: "\u001b", ctrlC: "\u0003" };

const draw = (state: WatchState, ...effects: WatchEffect[]): Step => ({
  state,
  effects: [...effects, { type: "draw" }],
});
const nothing = (state: WatchState): Step => ({ state, effects: [] });

/** Opens a kata: a new runner generation, so whatever the old runner still says is dropped. */
function open(state: WatchState, kata: Kata | undefined): Step {
  const runner = state.runner + 1;
  const next: WatchState = {
    ...state,
    current: kata,
    runner,
    running: kata !== undefined,
    outcome: undefined,
    screen: { kind: "kata" },
    note: undefined,
  };
  return draw(next, { type: "open", kata, runner });
}

function onKey(state: WatchState, key: string): Step {
  const { screen, current, katas } = state;
  if (key === "q" || key === KEYS.ctrlC) return { state, effects: [{ type: "quit", code: 0 }] };
  if (screen.kind === "confirm-reset") {
    const back = { ...state, screen: { kind: "kata" } as const, note: undefined };
    return key === "y" && current ? draw(back, { type: "reset", kata: current }) : draw(back);
  }
  if (screen.kind === "confirm-compare") {
    const back = { ...state, screen: { kind: "kata" } as const, note: undefined };
    return current
      ? draw(back, { type: "compare", kata: current, reveal: key === "y" })
      : draw(back);
  }
  if (screen.kind === "list") {
    const last = katas.length - 1;
    const move = (selected: number) =>
      draw({ ...state, screen: { kind: "list", selected: Math.max(0, Math.min(last, selected)) } });
    if (key === KEYS.up) return move(screen.selected - 1);
    if (key === KEYS.down) return move(screen.selected + 1);
    if (/^[1-9]$/.test(key)) return move(Number(key) - 1);
    if (key === KEYS.enter) return open(state, katas[screen.selected]);
    if (key === KEYS.escape || key === "l") return draw({ ...state, screen: { kind: "kata" } });
    return nothing(state);
  }
  const back: WatchState = { ...state, screen: { kind: "kata" }, note: undefined };
  switch (key) {
    case "n": {
      const index = current ? katas.indexOf(current) : -1;
      return open(state, katas[(index + 1) % katas.length]);
    }
    case "l": {
      const index = current ? Math.max(0, katas.indexOf(current)) : 0;
      return draw({ ...state, screen: { kind: "list", selected: index }, note: undefined });
    }
    case "h":
      return current ? draw(back, { type: "hint", kata: current }) : nothing(state);
    case "c": {
      if (!current) return nothing(state);
      if (progressOf(state.progress, current.id).status === "passed") {
        return draw(back, { type: "compare", kata: current, reveal: true });
      }
      return draw({ ...back, screen: { kind: "confirm-compare" } });
    }
    case "r":
      return current ? draw({ ...back, screen: { kind: "confirm-reset" } }) : nothing(state);
    default:
      // Any other key dismisses a pinned comparison.
      return screen.kind === "text" ? draw(back) : nothing(state);
  }
}

/**
 * Watch mode's one transition function (pure): `step(state, event)` gives the next state and
 * the effects the shell must perform, in order. Everything that decides lives here.
 */
export function step(state: WatchState, event: WatchEvent): Step {
  switch (event.type) {
    case "ready": {
      const start = event.start
        ? event.katas.find((k) => k.id === event.start)
        : event.katas.find((k) => !isDone(k, event.progress));
      return open({ ...state, katas: event.katas, progress: event.progress }, start);
    }
    case "run-started":
      if (event.runner !== state.runner) return nothing(state);
      return draw({ ...state, running: true });
    case "run-ended": {
      if (event.runner !== state.runner || !state.current) return nothing(state);
      // Parity pending is an interim result: the run goes on until CPython answers.
      const running = event.outcome.kind === "tests" && event.outcome.parity?.kind === "pending";
      const next = { ...state, running, outcome: event.outcome, note: undefined };
      return draw(next, { type: "record", kata: state.current, outcome: event.outcome });
    }
    case "types-checked":
      return draw({ ...state, diagnostics: event.diagnostics });
    case "key":
      return onKey(state, event.key);
    case "progress":
      return draw({ ...state, progress: event.progress });
    case "note":
      return draw({ ...state, note: event.text });
    case "text":
      return draw({ ...state, screen: { kind: "text", text: event.text } });
    case "resized":
      return draw(state);
  }
}
