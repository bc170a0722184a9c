import { stepWords } from "../i18n/kata-words.ts";
import type { Kata } from "../kata/catalog.ts";
import type { HintShown } from "../kata/hints.ts";
import { labelled, type Ui } from "./ui.ts";

/** The hints revealed so far on the learner's step, in the learner's language (pure). */
export function renderHints(kata: Kata, shown: HintShown, { paint, m }: Ui): string {
  const step = kata.manifest.steps[shown.stepNumber - 1];
  const hints = step ? stepWords(kata.manifest, step, m.locale).hints : shown.hints;
  return [
    paint.bold(m.hint.heading(kata.id, shown.stepNumber, shown.step)),
    ...hints
      .slice(0, shown.hints.length)
      .map((h, i) => labelled(m.hint.label(i + 1, shown.total), h, paint.yellow)),
    paint.dim(shown.hints.length < shown.total ? m.hint.more : m.hint.last),
  ].join("\n");
}
