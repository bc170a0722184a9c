import { type FSWatcher, watch } from "node:fs";
import { join } from "node:path";
import { type Kata, loadCatalog } from "../catalog/catalog.ts";
import { compareKata } from "../commands/compare.ts";
import { nextHint } from "../commands/hint.ts";
import { resetKatas } from "../commands/reset.ts";
import { recordOutcome } from "../commands/status.ts";
import { testKata } from "../commands/test-kata.ts";
import { KataError } from "../errors.ts";
import { progressOf, writeProgress } from "../progress/store.ts";
import { renderComparison } from "../render/compare.ts";
import { renderHints } from "../render/hint.ts";
import { progressBar, renderList } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import { type Io, loadProgress } from "./run.ts";

/** The terminal as watch mode needs it: output, a clear screen, and single key presses. */
export interface Terminal {
  readonly write: (text: string) => void;
  readonly clear: () => void;
  /** Calls `onKey` with each key pressed; returns a function that stops listening. */
  readonly keys: (onKey: (key: string) => void) => () => void;
}

/**
 * Watch mode: re-runs the current kata on every save under its time limit, and answers keys.
 * A hang in learner code stops that run only; the loop stays alive. Resolves with the exit code.
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
    const { message, next } = error.describe(m);
    return `${message}\n${next}`;
  };
  return new Promise((finish) => {
    let katas: Kata[] = [];
    let current: Kata | undefined;
    let watcher: FSWatcher | undefined;
    let running = false;
    let again = false;
    let confirmReset = false;
    let last = "";
    let timer: NodeJS.Timeout | undefined;

    const screen = async (body: string) => {
      const progress = await loadProgress(io);
      const passed = katas.filter((k) => progressOf(progress, k.id).status === "passed").length;
      terminal.clear();
      const head = `${progressBar(ui, passed, katas.length)} ${m.list.katas(passed, katas.length)}`;
      terminal.write(`${head}\n\n${body}\n\n${paint.dim(m.watch.keys)}\n`);
    };

    const test = async () => {
      if (!current) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await screen(paint.dim(m.watch.testing(current.id)));
        const { kata, outcome } = await testKata(io.root, current.id, { timeoutSeconds });
        const progress = recordOutcome(await loadProgress(io), kata, outcome, io.now());
        await writeProgress(io.root, progress);
        const rendered = renderOutcome(kata, outcome, ui, progressOf(progress, kata.id).hints);
        last = rendered.text;
        if (rendered.status === "passed") {
          last += `\n\n${paint.green(m.watch.passed)}`;
        }
        await screen(last);
      } catch (error) {
        await screen(paint.red(error instanceof KataError ? said(error) : String(error)));
      } finally {
        running = false;
        if (again) {
          again = false;
          void test();
        }
      }
    };

    const open = async (kata: Kata | undefined) => {
      watcher?.close();
      current = kata;
      if (!kata) {
        await screen(paint.green(m.watch.everyKataGreen));
        return;
      }
      // Saves come as bursts of events; wait for the burst to end.
      watcher = watch(join(io.root, kata.files.dir), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void test(), 80);
      });
      await test();
    };

    const quit = (code: number) => {
      watcher?.close();
      clearTimeout(timer);
      stopKeys();
      finish(code);
    };

    const onKey = async (key: string) => {
      if (confirmReset) {
        confirmReset = false;
        if (key === "y" && current) {
          const done = await resetKatas(io.root, [current], io.now());
          await screen(
            [m.reset.backedUp(done.backup), ...done.restored.map((f) => m.reset.restored(f))].join(
              "\n",
            ),
          );
          await test();
        } else await screen(last);
        return;
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
          return screen(`${last}\n\n${renderHints(current, shown, ui)}`);
        }
        case "c":
          if (!current) return;
          await screen(paint.dim(m.watch.comparing));
          return screen(
            renderComparison(await compareKata(io.root, current.id, timeoutSeconds, io.seed()), ui),
          );
        case "l":
          return screen(renderList(katas, progress, ui));
        case "r":
          confirmReset = true;
          return screen(`${last}\n\n${paint.yellow(m.watch.confirmReset(current?.id ?? ""))}`);
        default:
          return;
      }
    };

    const stopKeys = terminal.keys((key) => {
      onKey(key).catch((error: unknown) => void screen(paint.red(String(error))));
    });

    void (async () => {
      try {
        katas = await loadCatalog(io.root);
        const progress = await loadProgress(io);
        const start = startId
          ? katas.find((k) => k.id === startId)
          : katas.find((k) => progressOf(progress, k.id).status !== "passed");
        await open(start);
      } catch (error) {
        stopKeys();
        watcher?.close();
        if (error instanceof KataError) {
          terminal.write(`${paint.red(said(error))}\n`);
          finish(error.exitCode);
        } else throw error;
      }
    })();
  });
}
