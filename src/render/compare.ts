import { createTwoFilesPatch } from "diff";
import { testTitle } from "../i18n/kata-words.ts";
import { COMPARE_TARGETS, type Comparison } from "../kata/outcome.ts";
import type { TestOutcome } from "../kata/report.ts";
import { codeLines } from "../kata/size.ts";
import type { Observed } from "../testing/differential.ts";
import { renderOutcome } from "./outcome.ts";
import { elide, pyLike } from "./py-like.ts";
import { labelled, type Ui } from "./ui.ts";

export interface CompareView {
  /** Every test, whole values and the whole diff; otherwise a short view. */
  readonly full: boolean;
  /** The reference's code may be shown: the kata passed, or the learner asked and it was recorded. */
  readonly showCode: boolean;
}

const SHORT = { values: 200, tests: 10, diffLines: 60 };

/**
 * `kata compare`'s view (pure): a summary first (the spec on both, the same generated inputs on
 * both), then the tests where they differ, the first divergence in Python's notation, and the
 * diff when the reference's code may be shown.
 */
export function renderComparison(c: Comparison, ui: Ui, view: CompareView): string {
  const { paint, m } = ui;
  const { kata, spec } = c;
  const max = view.full ? Number.POSITIVE_INFINITY : SHORT.values;
  const show = (o: Observed) =>
    "threw" in o ? m.compare.throws(elide(o.threw, max)) : pyLike(o.value, max);
  const lines = [`${paint.bold(kata.id)} ${paint.dim("·")} ${m.compare.heading}`, ""];

  // The summary: what a learner wants to know first.
  const d = c.differential;
  if (spec.kind !== "tests") lines.push(renderOutcome(kata, spec, ui).text);
  else {
    const of = (target: string) => spec.report.tests.filter((t) => t.target === target);
    const passing = (tests: readonly TestOutcome[]) => tests.filter((t) => t.state === "passed");
    const [yours, theirs] = [of(COMPARE_TARGETS.learner), of(COMPARE_TARGETS.reference)];
    lines.push(m.compare.summary(passing(yours).length, passing(theirs).length, theirs.length));
  }
  if (d === undefined) lines.push(paint.dim(m.compare.noDeclaration(kata.id)));
  else if (d.kind === "error") lines.push(paint.red(m.compare.couldNotFinish(d.message)));
  else if (d.kind === "agree") lines.push(paint.green(m.compare.agree(d.runs, d.seed)));
  else {
    lines.push(
      paint.red(m.compare.differ(elide(d.input, max))),
      `  ${labelled(m.compare.yours, show(d.learner))}`,
      `  ${labelled(m.compare.reference, show(d.reference))}`,
      paint.dim(`  ${m.compare.seed(d.seed)}`),
    );
  }
  const total = (files: Comparison["learnerFiles"]) =>
    files.reduce((sum, f) => sum + codeLines(f.text), 0);
  lines.push(m.compare.lines(total(c.learnerFiles), total(c.referenceFiles)));

  if (spec.kind === "tests") lines.push("", ...testTable(c, ui, view.full));
  lines.push("", paint.bold(m.compare.diff));
  if (!view.showCode) lines.push(paint.dim(`  ${m.compare.codeHidden(kata.id)}`));
  else lines.push(...diff(c, ui, view.full));
  return lines.join("\n");
}

/** The spec test by test on both sides: every test with --full, else those that differ. */
function testTable({ kata, spec }: Comparison, { paint, m }: Ui, full: boolean): string[] {
  if (spec.kind !== "tests") return [];
  const yours = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.learner);
  const theirs = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.reference);
  const mark = (state: string | undefined) =>
    state === "passed" ? paint.green("✓") : paint.red("✗");
  const rows = theirs.flatMap((t) => {
    const mine = yours.find((y) => y.step === t.step && y.name === t.name);
    return full || mine?.state !== t.state ? [{ t, mine }] : [];
  });
  const shown = full ? rows : rows.slice(0, SHORT.tests);
  const lines = full ? [] : [paint.bold(m.compare.onlyDifferences(rows.length, theirs.length))];
  if (shown.length > 0) lines.push(`  ${paint.dim(m.compare.columns)}`);
  for (const step of kata.manifest.steps) {
    const own = shown.filter((r) => r.t.step === step.id);
    if (own.length === 0) continue;
    lines.push(`  ${paint.bold(step.id)}`);
    for (const { t, mine } of own)
      lines.push(
        `    ${mark(mine?.state)}    ${mark(t.state)}  ${testTitle(kata.manifest, t.name, m.locale)}`,
      );
  }
  if (shown.length < rows.length)
    lines.push(paint.dim(`  ${m.compare.cut(rows.length - shown.length)}`));
  return lines;
}

/**
 * Every file of the learner's against the reference's file at the same place in the kata
 * (`katas/<id>/x.ts` against `solutions/<id>/x.ts`), coloured; cut short unless --full.
 */
function diff(c: Comparison, { paint, m }: Ui, full: boolean): string[] {
  const inKata = (path: string, dir: string) => path.slice(dir.length + 1);
  const mine = new Map(c.learnerFiles.map((f) => [inKata(f.path, c.kata.files.dir), f]));
  const theirs = new Map(
    c.referenceFiles.map((f) => [inKata(f.path, c.kata.files.solutionDir), f]),
  );
  const names = [...new Set([...mine.keys(), ...theirs.keys()])];
  const patch = names.flatMap((name) => {
    const [a, b] = [mine.get(name), theirs.get(name)];
    if (a?.text === b?.text) return [];
    return createTwoFilesPatch(
      a?.path ?? `${c.kata.files.dir}/${name}`,
      b?.path ?? `${c.kata.files.solutionDir}/${name}`,
      a?.text ?? "",
      b?.text ?? "",
      "yours",
      "reference",
      { context: 2 },
    )
      .split("\n")
      .filter((l) => !l.startsWith("==="));
  });
  if (patch.length === 0) return [paint.dim(`  ${m.compare.identical}`)];
  const shown = full ? patch : patch.slice(0, SHORT.diffLines);
  const lines = shown.map((line) =>
    line.startsWith("+")
      ? paint.green(line)
      : line.startsWith("-")
        ? paint.red(line)
        : line.startsWith("@@")
          ? paint.dim(line)
          : line,
  );
  if (shown.length < patch.length)
    lines.push(paint.dim(m.compare.cut(patch.length - shown.length)));
  return lines;
}
