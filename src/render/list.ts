import type { Kata } from "../catalog/catalog.ts";
import { type Progress, progressOf } from "../progress/store.ts";
import type { Paint } from "./paint.ts";

/** The kata table with each kata's status from progress (pure): `renderList(katas, progress, plain)`. */
export function renderList(katas: readonly Kata[], progress: Progress, paint: Paint): string {
  const done = katas.filter((k) => progressOf(progress, k.id).status === "passed").length;
  const width = 30;
  const filled = katas.length === 0 ? 0 : Math.round((done / katas.length) * width);
  const bar = `${paint.green("█".repeat(filled))}${paint.dim("░".repeat(width - filled))}`;
  const rows = katas.map((k, i) => {
    const status = progressOf(progress, k.id).status;
    const mark =
      status === "passed"
        ? paint.green("✓ passed ")
        : status === "failing"
          ? paint.red("✗ failing")
          : paint.dim("· to do  ");
    return `  ${String(i + 1).padStart(2)}. ${k.id.padEnd(18)} ${mark}  ${paint.dim(k.manifest.difficulty.padEnd(6))} ${k.manifest.title}`;
  });
  const next = katas.find((k) => progressOf(progress, k.id).status !== "passed");
  return [
    `${bar} ${done}/${katas.length} katas`,
    "",
    ...rows,
    "",
    next ? `Next: npx kata test ${next.id}` : paint.green("Every kata is green."),
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
