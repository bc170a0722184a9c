import { match } from "ts-pattern";
import { compareKata } from "../commands/compare.ts";
import { type Io, loadProgress } from "../commands/io.ts";
import { recordOutcome } from "../commands/record-outcome.ts";
import { renderReset, resetKatas } from "../commands/reset.ts";
import { tried } from "../commands/tried.ts";
import { KataError } from "../errors.ts";
import { hasReference, loadCatalog } from "../kata/catalog.ts";
import { nextHint } from "../kata/hints.ts";
import { onReference, prerequisitesOf } from "../kata/prerequisites.ts";
import { progressOf, withKata, writeProgress } from "../kata/progress.ts";
import { renderComparison } from "../render/compare.ts";
import { describeError } from "../render/describe-error.ts";
import { renderHints } from "../render/hint.ts";
import { tscWatch } from "../runner/tsc-watch.ts";
import { type WarmRunner, warmRunner } from "../runner/warm-runner.ts";
import { initialState, step, type WatchEffect, type WatchEvent } from "../watch/state.ts";
import { renderWatch } from "../watch/view.ts";

/** The terminal as watch mode needs it: a screen of its own, key presses and resizes. */
export interface Terminal {
  /** Switches to a screen of watch mode's own, so redraws do not fill the scrollback. */
  readonly enter: () => void;
  /** Back to the learner's screen, as it was. */
  readonly leave: () => void;
  readonly columns: () => number;
  readonly rows: () => number;
  readonly write: (text: string) => void;
  readonly clear: () => void;
  /** Calls `onKey` with each key pressed; returns a function that stops listening. */
  readonly keys: (onKey: (key: string) => void) => () => void;
  /** Calls `onResize` when the window changes size; returns a function that stops listening. */
  readonly resizes: (onResize: () => void) => () => void;
}

/**
 * Watch mode's shell: it feeds events to the pure reducer (`src/watch/state.ts`) and performs
 * the effects it asks for. Two warm processes answer every save: TypeScript's compiler in
 * watch mode and a vitest instance for the current kata. A KataError from an effect becomes a
 * note on screen; anything else ends the loop and reaches `main`, the one error boundary.
 */
export function watchLoop(
  io: Io,
  terminal: Terminal,
  startId: string | undefined,
  timeoutSeconds: number,
): Promise<number> {
  return new Promise((finish, fail) => {
    let state = initialState;
    let runner: WarmRunner | undefined;
    let closed = false;
    let drawing = false;

    const dispatch = (event: WatchEvent) => {
      if (closed) return;
      const next = step(state, event);
      state = next.state;
      for (const effect of next.effects) perform(effect).catch(stop);
    };
    // A learner-facing error stays on screen; a bug in the tool ends watch mode and is reported.
    function stop(error: unknown) {
      if (error instanceof KataError) {
        const { message, next } = describeError(error, io.ui.m);
        return dispatch({ type: "note", text: `${io.ui.paint.red(message)}\n${next}` });
      }
      close();
      fail(error);
    }
    const close = () => {
      closed = true;
      terminal.leave();
      runner?.close();
      tsc.close();
      stopKeys();
      stopResizes();
    };
    const save = async (progress: typeof state.progress) => {
      await writeProgress(io.root, progress);
      dispatch({ type: "progress", progress });
    };

    const perform = async (effect: WatchEffect): Promise<void> =>
      match(effect)
        .with({ type: "draw" }, () => {
          // Several events often arrive together (a run's end, its record, tsc's check): the
          // screen is drawn once for all of them, from the latest state.
          if (drawing) return;
          drawing = true;
          setImmediate(() => {
            drawing = false;
            if (closed) return;
            terminal.clear();
            terminal.write(renderWatch(state, io.ui, terminal.columns(), terminal.rows()));
          });
        })
        .with({ type: "open" }, ({ kata, runner: generation }) => {
          runner?.close();
          // Prerequisites the learner has not passed run on their references, as in kata test.
          const swapped = kata
            ? onReference(
                prerequisitesOf(
                  kata,
                  state.progress,
                  "auto",
                  (id) => hasReference(io.root, id),
                  state.katas,
                ),
              )
            : [];
          runner = kata
            ? warmRunner(
                io.root,
                kata,
                timeoutSeconds,
                (outcome) => dispatch({ type: "run-ended", runner: generation, outcome }),
                () => dispatch({ type: "run-started", runner: generation }),
                swapped,
              )
            : undefined;
        })
        .with({ type: "record" }, async ({ kata, outcome }) => {
          // Passing through a kata (n, the picker) does not make it tried.
          if (await tried(io.root, kata)) {
            await save(recordOutcome(state.progress, kata, outcome, io.now()));
          }
        })
        .with({ type: "hint" }, async ({ kata }) => {
          const shown = nextHint(kata, state.progress);
          await save(shown.progress);
          dispatch({ type: "note", text: renderHints(kata, shown, io.ui) });
        })
        .with({ type: "compare" }, async ({ kata, reveal }) => {
          dispatch({ type: "text", text: io.ui.paint.dim(io.ui.m.watch.comparing) });
          const comparison = await compareKata(io.root, kata.id, timeoutSeconds, io.seed());
          const passed = progressOf(state.progress, kata.id).status === "passed";
          if (reveal) {
            const viewed = { solutionViewed: true, ...(passed ? {} : { solutionForced: true }) };
            await save(withKata(state.progress, kata.id, viewed));
          }
          const view = { full: false, showCode: reveal };
          dispatch({ type: "text", text: renderComparison(comparison, io.ui, view) });
        })
        .with({ type: "reset" }, async ({ kata }) => {
          const done = await resetKatas(io.root, [kata], io.now());
          dispatch({ type: "note", text: renderReset(done, io.ui.m) });
        })
        .with({ type: "quit" }, ({ code }) => {
          close();
          finish(code);
        })
        .exhaustive();

    terminal.enter();
    const tsc = tscWatch(io.root, (diagnostics) =>
      dispatch({ type: "types-checked", diagnostics }),
    );
    const stopKeys = terminal.keys((key) => dispatch({ type: "key", key }));
    const stopResizes = terminal.resizes(() => dispatch({ type: "resized" }));
    Promise.all([loadCatalog(io.root), loadProgress(io)])
      .then(([katas, progress]) =>
        dispatch({ type: "ready", katas, progress, ...(startId ? { start: startId } : {}) }),
      )
      .catch((error: unknown) => {
        // Nothing to show a note on yet: every error at start-up goes to main.
        close();
        fail(error);
      });
  });
}
