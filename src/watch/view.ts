import { match } from "ts-pattern";
import wrapAnsi from "wrap-ansi";
import type { KataOutcome } from "../kata/outcome.ts";
import { isInside } from "../kata/paths.ts";
import { progressOf } from "../kata/progress.ts";
import { pickerLines, progressBar } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import { labelled, type Ui } from "../render/ui.ts";
import type { WatchState } from "./state.ts";

/** The current kata's verdict: type errors in its files first, then the tests. */
function verdict(state: WatchState, ui: Ui): string {
  const { paint, m } = ui;
  const kata = state.current;
  if (!kata) return paint.green(m.watch.everyKataGreen);
  const own = state.diagnostics.filter((d) => isInside(d.file, kata.files.dir));
  const shown: KataOutcome | undefined =
    own.length > 0 ? { kind: "type-errors", diagnostics: own } : state.outcome;
  const running = state.running ? paint.dim(m.watch.testing(kata.id)) : "";
  if (!shown) return running;
  const hints = progressOf(state.progress, kata.id).hints;
  const rendered = renderOutcome(kata, shown, ui, hints, "watch");
  const text =
    rendered.status === "passed"
      ? `${rendered.text}\n\n${paint.green(m.watch.passed)}`
      : rendered.text;
  return running ? `${running}\n\n${text}` : text;
}

/**
 * A line cut to fit the screen's text width (a column less than the terminal's), marked "…"
 * where it was cut; wide characters count two.
 */
function fitLine(line: string, columns: number): string {
  const [first = "", ...rest] = wrapAnsi(line, columns - 2, {
    hard: true,
    wordWrap: false,
    trim: false,
  }).split("\n");
  return rest.length > 0 ? `${first}…` : first;
}

/**
 * The picker: a line per kata, and only as many as the window has rows for, around the
 * chosen one, so that the progress bar and the keys stay on screen in a 24-row terminal.
 */
function picker(state: WatchState, ui: Ui, selected: number, columns: number, rows: number) {
  const { lines, selectedLine } = pickerLines(state.katas, state.progress, ui, selected);
  // The progress bar, the keys and the blank lines around them take five rows.
  const room = Math.max(3, rows - 5);
  const start = Math.max(0, Math.min(selectedLine - Math.floor(room / 2), lines.length - room));
  return lines
    .slice(start, start + room)
    .map((line) => fitLine(line, columns))
    .join("\n");
}

/**
 * The whole watch screen for a state (pure): progress bar, body, note, keys, wrapped at word
 * boundaries to the terminal's width (colours and wide CJK characters counted right).
 */
export function renderWatch(state: WatchState, ui: Ui, columns = 80, rows = 24): string {
  const { paint, m } = ui;
  const { katas, progress } = state;
  const passed = katas.filter((k) => progressOf(progress, k.id).status === "passed").length;
  const head = `${progressBar(ui, passed, katas.length)} ${m.list.katas(passed, katas.length)}`;
  const body = match(state.screen)
    .with({ kind: "kata" }, () => verdict(state, ui))
    .with({ kind: "list" }, ({ selected }) => picker(state, ui, selected, columns, rows))
    .with({ kind: "text" }, ({ text }) => text)
    .with({ kind: "confirm-reset" }, () =>
      paint.yellow(m.watch.confirmReset(state.current?.id ?? "")),
    )
    .with({ kind: "confirm-compare" }, () =>
      paint.yellow(labelled(m.compare.reveal(state.current?.id ?? ""), "(y/N)")),
    )
    .exhaustive();
  const keys = state.screen.kind === "list" ? m.watch.listKeys : m.watch.keys;
  const note = state.note ? `\n\n${state.note}` : "";
  const screen = `${head}\n\n${body}${note}\n\n${paint.dim(keys)}`;
  return `${wrapAnsi(screen, Math.max(20, columns - 1), { hard: true, trim: false })}\n`;
}
