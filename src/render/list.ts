import { kataTitle } from "../i18n/kata-words.ts";
import type { Kata } from "../kata/catalog.ts";
import { type Progress, progressOf } from "../kata/progress.ts";
import { isDone } from "../kata/status.ts";
import { TRACKS } from "../kata/vocabulary.ts";
import type { Ui } from "./ui.ts";

/** A bar of `width` cells, filled in proportion. */
export function progressBar({ paint }: Ui, done: number, total: number, width = 30): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${paint.green("█".repeat(filled))}${paint.dim("░".repeat(width - filled))}`;
}

/** The table's lines, grouped by track, and which line each kata is on. */
function table(katas: readonly Kata[], progress: Progress, ui: Ui, selected?: number) {
  const { paint, m } = ui;
  const row = (k: Kata, i: number) => {
    const status = progressOf(progress, k.id).status;
    const mark = k.manifest.given
      ? paint.green(m.status.given)
      : status === "passed"
        ? paint.green(m.status.passed)
        : status === "failing"
          ? paint.red(m.status.failing)
          : paint.dim(m.status.pending);
    const difficulty = paint.dim(m.difficulty[k.manifest.difficulty].padEnd(6));
    const pointer = i === selected ? paint.bold("›") : " ";
    const requires = k.manifest.requires ?? [];
    const buildsOn = requires.length > 0 ? paint.dim(m.list.buildsOn(requires)) : "";
    return `${pointer} ${String(i + 1).padStart(2)}. ${k.id.padEnd(20)} ${mark}  ${difficulty} ${kataTitle(k.manifest, m.locale)}${buildsOn}`;
  };
  const lines: string[] = [];
  const lineOf: number[] = [];
  for (const track of TRACKS) {
    const own = katas.flatMap((k, i) => (k.manifest.track === track ? [{ k, i }] : []));
    if (own.length === 0) continue;
    lines.push(paint.bold(m.list.track[track]));
    for (const { k, i } of own) {
      lineOf[i] = lines.length;
      lines.push(row(k, i));
    }
    lines.push("");
  }
  return { lines, lineOf };
}

/**
 * The kata table, grouped by track, with each kata's status from progress (pure):
 * `renderList(katas, progress, plainUi)`.
 */
export function renderList(katas: readonly Kata[], progress: Progress, ui: Ui): string {
  const { paint, m } = ui;
  const done = katas.filter((k) => isDone(k, progress)).length;
  const next = katas.find((k) => !isDone(k, progress));
  return [
    `${progressBar(ui, done, katas.length)} ${m.list.katas(done, katas.length)}`,
    "",
    ...table(katas, progress, ui).lines,
    next ? m.list.next(next.id) : paint.green(m.list.allGreen),
  ].join("\n");
}

/**
 * Watch mode's picker: the same table with the chosen row marked, and the line it is on, so
 * that the screen can show the part of a long table around it. The progress bar and the keys
 * are left to the screen.
 */
export function pickerLines(
  katas: readonly Kata[],
  progress: Progress,
  ui: Ui,
  selected: number,
): { readonly lines: readonly string[]; readonly selectedLine: number } {
  const { lines, lineOf } = table(katas, progress, ui, selected);
  while (lines.at(-1) === "") lines.pop();
  return { lines, selectedLine: lineOf[selected] ?? 0 };
}

/** The same table as data for `--json`. */
export function listJson(katas: readonly Kata[], progress: Progress) {
  return katas.map((k) => ({
    id: k.id,
    title: k.manifest.title,
    difficulty: k.manifest.difficulty,
    steps: k.manifest.steps.length,
    ...progressOf(progress, k.id),
  }));
}
