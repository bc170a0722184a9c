import { kataTitle } from "../i18n/kata-words.ts";
import type { Kata } from "../kata/catalog.ts";
import { type Progress, progressOf } from "../kata/progress.ts";
import { TRACKS } from "../kata/vocabulary.ts";
import type { Ui } from "./ui.ts";

/** A bar of `width` cells, filled in proportion. */
export function progressBar({ paint }: Ui, done: number, total: number, width = 30): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${paint.green("█".repeat(filled))}${paint.dim("░".repeat(width - filled))}`;
}

/**
 * The kata table, grouped by track, with each kata's status from progress (pure):
 * `renderList(katas, progress, plainUi)`. With `selected`, it is watch mode's picker: the
 * chosen row is marked, and the progress bar and the next command are left to the screen.
 */
export function renderList(
  katas: readonly Kata[],
  progress: Progress,
  ui: Ui,
  selected?: number,
): string {
  const { paint, m } = ui;
  const done = katas.filter((k) => progressOf(progress, k.id).status === "passed").length;
  const row = (k: Kata, i: number) => {
    const status = progressOf(progress, k.id).status;
    const mark =
      status === "passed"
        ? paint.green(m.status.passed)
        : status === "failing"
          ? paint.red(m.status.failing)
          : paint.dim(m.status.pending);
    const difficulty = paint.dim(m.difficulty[k.manifest.difficulty].padEnd(6));
    const pointer = i === selected ? paint.bold("›") : " ";
    const requires = k.manifest.requires ?? [];
    const buildsOn =
      requires.length > 0 ? paint.dim(` (${m.list.buildsOn(requires.join(", "))})`) : "";
    return `${pointer} ${String(i + 1).padStart(2)}. ${k.id.padEnd(20)} ${mark}  ${difficulty} ${kataTitle(k.manifest, m.locale)}${buildsOn}`;
  };
  const rows = TRACKS.flatMap((track) => {
    const own = katas.flatMap((k, i) => (k.manifest.track === track ? [row(k, i)] : []));
    return own.length === 0 ? [] : [paint.bold(m.list.track[track]), ...own, ""];
  });
  if (selected !== undefined) return rows.join("\n").trimEnd();
  const next = katas.find((k) => progressOf(progress, k.id).status !== "passed");
  return [
    `${progressBar(ui, done, katas.length)} ${m.list.katas(done, katas.length)}`,
    "",
    ...rows,
    next ? m.list.next(next.id) : paint.green(m.list.allGreen),
  ].join("\n");
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
