import { createTwoFilesPatch } from "diff";
import { COMPARE_TARGETS, type Comparison } from "../kata/outcome.ts";
import type { Observed } from "../testing/differential.ts";
import { renderOutcome } from "./outcome.ts";
import type { Ui } from "./ui.ts";

const codeLines = (text: string) =>
  text.split("\n").filter((l) => l.trim() !== "" && !/^\s*(\/\/|\*|\/\*)/.test(l)).length;

/** `kata compare`'s view (pure): the spec test by test on both, the first divergence, a diff, line counts. */
export function renderComparison(c: Comparison, ui: Ui): string {
  const { paint, m } = ui;
  const { kata, spec } = c;
  const show = (o: Observed) =>
    "threw" in o ? m.compare.throws(o.threw) : JSON.stringify(o.value);
  const lines = [`${paint.bold(kata.id)} ${paint.dim("·")} ${m.compare.heading}`, ""];
  if (spec.kind !== "tests") {
    lines.push(renderOutcome(kata, spec, ui).text);
  } else {
    const yours = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.learner);
    const theirs = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.reference);
    const mark = (state: string | undefined) =>
      state === "passed" ? paint.green("✓") : paint.red("✗");
    lines.push(`  ${paint.dim(m.compare.columns)}`);
    for (const step of kata.manifest.steps) {
      lines.push(`  ${paint.bold(step.id)}`);
      for (const t of theirs.filter((x) => x.step === step.id)) {
        const mine = yours.find((y) => y.step === t.step && y.name === t.name);
        lines.push(`    ${mark(mine?.state)}    ${mark(t.state)}  ${t.name}`);
      }
    }
  }
  lines.push("", paint.bold(m.compare.sameInputs));
  const d = c.differential;
  if (d === undefined) lines.push(paint.dim(`  ${m.compare.noDeclaration}`));
  else if (d.kind === "error") lines.push(paint.red(`  ${m.compare.couldNotFinish(d.message)}`));
  else if (d.kind === "agree") lines.push(paint.green(`  ${m.compare.agree(d.runs, d.seed)}`));
  else {
    lines.push(
      paint.red(`  ${m.compare.differ(d.input)}`),
      `    ${m.compare.yours} ${show(d.learner)}`,
      `    ${m.compare.reference} ${show(d.reference)}`,
      paint.dim(`    ${m.compare.seed(d.seed)}`),
    );
  }
  const patch = createTwoFilesPatch(
    kata.files.stub,
    kata.files.reference,
    c.learnerText,
    c.referenceText,
    "yours",
    "reference",
    {
      context: 2,
    },
  );
  lines.push("", paint.bold(m.compare.diff));
  if (c.learnerText === c.referenceText) lines.push(paint.dim(`  ${m.compare.identical}`));
  for (const line of patch.split("\n").filter((l) => !l.startsWith("==="))) {
    lines.push(
      line.startsWith("+")
        ? paint.green(line)
        : line.startsWith("-")
          ? paint.red(line)
          : line.startsWith("@@")
            ? paint.dim(line)
            : line,
    );
  }
  lines.push("", m.compare.lines(codeLines(c.learnerText), codeLines(c.referenceText)));
  return lines.join("\n");
}
