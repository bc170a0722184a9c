import { compareKata } from "../commands/compare.ts";
import { type Io, loadProgress } from "../commands/io.ts";
import { recordOutcome } from "../commands/record-outcome.ts";
import { resetKatas } from "../commands/reset.ts";
import { KataError } from "../errors.ts";
import { type Kata, loadCatalog } from "../kata/catalog.ts";
import { nextHint } from "../kata/hints.ts";
import type { KataOutcome, TypeDiagnostic } from "../kata/outcome.ts";
import { isInside } from "../kata/paths.ts";
import { progressOf, writeProgress } from "../kata/progress.ts";
import { renderComparison } from "../render/compare.ts";
import { describeError } from "../render/describe-error.ts";
import { renderHints } from "../render/hint.ts";
import { progressBar, renderList } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import { tscWatch } from "../runner/tsc-watch.ts";
import { type WarmRunner, warmRunner } from "../runner/warm-runner.ts";

/** The terminal as watch mode needs it: output, a clear screen, and single key presses. */
export interface Terminal {
  readonly write: (text: string) => void;
  readonly clear: () => void;
  /** Calls `onKey` with each key pressed; returns a function that stops listening. */
  readonly keys: (onKey: (key: string) => void) => () => void;
}

/**
 * Watch mode. Two warm processes answer every save: TypeScript's compiler in watch mode and a
 * vitest instance in watch mode for the current kata, so a verdict needs no start-up. Type
 * errors in the kata's files are shown before test results. A run that hangs is stopped at the
 * time limit; the loop stays alive. Resolves with the exit code when the learner quits.
 */
export function watchLoop(
  io: Io,
  terminal: Terminal,
  startId: string | undefined,
  timeoutSeconds: number,
): Promise<number> {
  const { ui } = io;
  const { paint, m } = ui;
  const said = (error: KataError) => {
    const { message, next } = describeError(error, m);
    return `${message}\n${next}`;
  };
  return new Promise((finish) => {
    let katas: Kata[] = [];
    let current: Kata | undefined;
    let runner: WarmRunner | undefined;
    let diagnostics: TypeDiagnostic[] = [];
    let outcome: KataOutcome | undefined;
    let note = "";
    // The list or a comparison stays on screen until the next key or the next test run.
    let pinned: string | undefined;
    let confirmReset = false;

    const screen = async (body: string) => {
      const progress = await loadProgress(io);
      const passed = katas.filter((k) => progressOf(progress, k.id).status === "passed").length;
      const head = `${progressBar(ui, passed, katas.length)} ${m.list.katas(passed, katas.length)}`;
      terminal.clear();
      terminal.write(`${head}\n\n${body}\n\n${paint.dim(m.watch.keys)}\n`);
    };

    // What the learner should see for the current kata: type errors first, then the tests.
    const verdict = async (): Promise<string> => {
      if (!current) return paint.green(m.watch.everyKataGreen);
      const own = diagnostics.filter(
        (d) => current !== undefined && isInside(d.file, current.files.dir),
      );
      const shown: KataOutcome | undefined =
        own.length > 0 ? { kind: "type-errors", diagnostics: own } : outcome;
      if (!shown) return paint.dim(m.watch.testing(current.id));
      const progress = await loadProgress(io);
      const rendered = renderOutcome(current, shown, ui, progressOf(progress, current.id).hints);
      return rendered.status === "passed"
        ? `${rendered.text}\n\n${paint.green(m.watch.passed)}`
        : rendered.text;
    };
    const show = async () => screen(pinned ?? `${await verdict()}${note ? `\n\n${note}` : ""}`);

    const onOutcome = async (fresh: KataOutcome) => {
      if (!current) return;
      outcome = fresh;
      note = "";
      pinned = undefined;
      await writeProgress(io.root, recordOutcome(await loadProgress(io), current, fresh, io.now()));
      await show();
    };

    const open = async (kata: Kata | undefined) => {
      runner?.close();
      current = kata;
      outcome = undefined;
      note = "";
      runner = kata
        ? warmRunner(io.root, kata, timeoutSeconds, (o) => {
            onOutcome(o).catch(fail);
          })
        : undefined;
      await show();
    };

    const tsc = tscWatch(io.root, (fresh) => {
      diagnostics = fresh;
      show().catch(fail);
    });

    const quit = (code: number) => {
      runner?.close();
      tsc.close();
      stopKeys();
      finish(code);
    };

    const onKey = async (key: string) => {
      pinned = undefined;
      if (confirmReset) {
        confirmReset = false;
        if (key === "y" && current) {
          const done = await resetKatas(io.root, [current], io.now());
          note = [
            m.reset.backedUp(done.backup),
            ...done.restored.map((f) => m.reset.restored(f)),
          ].join("\n");
        }
        return show();
      }
      const progress = await loadProgress(io);
      switch (key) {
        case "q":
        case "\u0003":
          return quit(0);
        case "n": {
          const index = current ? katas.indexOf(current) : -1;
          return open(katas[(index + 1) % katas.length]);
        }
        case "h": {
          if (!current) return;
          const shown = nextHint(current, progress);
          await writeProgress(io.root, shown.progress);
          note = renderHints(current, shown, ui);
          return show();
        }
        case "c":
          if (!current) return;
          await screen(paint.dim(m.watch.comparing));
          pinned = renderComparison(
            await compareKata(io.root, current.id, timeoutSeconds, io.seed()),
            ui,
          );
          return show();
        case "l":
          pinned = renderList(katas, progress, ui);
          return show();
        case "r":
          confirmReset = true;
          note = paint.yellow(m.watch.confirmReset(current?.id ?? ""));
          return show();
        default:
          return;
      }
    };

    function fail(error: unknown) {
      void screen(paint.red(error instanceof KataError ? said(error) : String(error)));
    }

    const stopKeys = terminal.keys((key) => {
      onKey(key).catch(fail);
    });

    (async () => {
      katas = await loadCatalog(io.root);
      const progress = await loadProgress(io);
      const start = startId
        ? katas.find((k) => k.id === startId)
        : katas.find((k) => progressOf(progress, k.id).status !== "passed");
      await open(start);
    })().catch((error: unknown) => {
      runner?.close();
      tsc.close();
      stopKeys();
      if (error instanceof KataError) {
        terminal.write(`${paint.red(said(error))}\n`);
        finish(error.exitCode);
      } else throw error;
    });
  });
}
