import { match } from "ts-pattern";
import wrapAnsi from "wrap-ansi";
import { ownDiagnostics } from "../kata/diagnostics.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import { progressOf } from "../kata/progress.ts";
import { isDone } from "../kata/status.ts";
import { pickerLines, progressBar } from "../render/list.ts";
import { renderOutcome } from "../render/outcome.ts";
import { labelled, type Ui } from "../render/ui.ts";
import type { WatchState } from "./state.ts";

/** The current kata's verdict: type errors in its files first, then the tests. */
function verdict(state: WatchState, ui: Ui): string {
  const { paint, m } = ui;
  const kata = state.current;
  if (!kata) return paint.green(m.watch.everyKataGreen);
  const own = ownDiagnostics(kata, state.diagnostics);
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
 * boundaries to the terminal's width (colours and wide CJK characters counted right), and no
 * taller than the terminal: a long body is cut, saying how much is left out, so that the top
 * of the screen (the verdict's first lines, a comparison's summary) never scrolls away.
 */
export function renderWatch(state: WatchState, ui: Ui, columns = 80, rows = 24): string {
  const { paint, m } = ui;
  const { katas, progress } = state;
  const id = state.current?.id ?? "";
  const passed = katas.filter((k) => isDone(k, progress)).length;
  const head = `${progressBar(ui, passed, katas.length)} ${m.list.katas(passed, katas.length)}`;
  const body = match(state.screen)
    .with({ kind: "kata" }, () => verdict(state, ui))
    .with({ kind: "list" }, ({ selected }) => picker(state, ui, selected, columns, rows))
    .with({ kind: "text" }, ({ text }) => text)
    .with({ kind: "confirm-reset" }, () => paint.yellow(m.watch.confirmReset(id)))
    .with({ kind: "confirm-compare" }, () => paint.yellow(labelled(m.compare.reveal(id), "(y/N)")))
    .exhaustive();
  const keys = state.screen.kind === "list" ? m.watch.listKeys : m.watch.keys;
  const wrap = (text: string) =>
    wrapAnsi(text, Math.max(20, columns - 1), { hard: true, trim: false }).split("\n");
  const top = [...wrap(head), ""];
  const bottom = [...(state.note ? ["", ...wrap(state.note)] : []), "", ...wrap(paint.dim(keys))];
  let lines = wrap(body);
  // The screen ends with a newline: one row is left for it, or the first line would scroll off.
  const room = rows - 1 - top.length - bottom.length;
  if (lines.length > room && room >= 2) {
    const left = lines.length - room + 1;
    const cut = state.screen.kind === "text" ? m.watch.cutComparison(left, id) : m.watch.cut(left);
    lines = [...lines.slice(0, room - 1), ...wrap(paint.dim(cut))];
  }
  return `${[...top, ...lines, ...bottom].join("\n")}\n`;
}
