import { createTwoFilesPatch } from "diff";
import type { Comparison } from "../commands/compare.ts";
import { COMPARE_TARGETS } from "../commands/compare.ts";
import type { Observed } from "../testing/differential.ts";
import { renderOutcome } from "./outcome.ts";
import type { Paint } from "./paint.ts";

const codeLines = (text: string) =>
  text.split("\n").filter((l) => l.trim() !== "" && !/^\s*(\/\/|\*|\/\*)/.test(l)).length;

const show = (o: Observed) => ("threw" in o ? `throws ${o.threw}` : JSON.stringify(o.value));

/** `kata compare`'s view (pure): the spec test by test on both, the first divergence, a diff, line counts. */
export function renderComparison(c: Comparison, paint: Paint): string {
  const { kata, spec } = c;
  const lines = [`${paint.bold(kata.id)} ${paint.dim("·")} your code beside the reference`, ""];
  if (spec.kind !== "tests") {
    lines.push(renderOutcome(kata, spec, paint).text);
  } else {
    const yours = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.learner);
    const theirs = spec.report.tests.filter((t) => t.target === COMPARE_TARGETS.reference);
    const mark = (state: string | undefined) =>
      state === "passed" ? paint.green("✓") : paint.red("✗");
    lines.push(`  ${paint.dim("yours ref")}`);
    for (const step of kata.manifest.steps) {
      lines.push(`  ${paint.bold(step.id)}`);
      for (const t of theirs.filter((x) => x.step === step.id)) {
        const mine = yours.find((y) => y.step === t.step && y.name === t.name);
        lines.push(`    ${mark(mine?.state)}    ${mark(t.state)}  ${t.name}`);
      }
    }
  }
  lines.push("", paint.bold("Same inputs, both implementations"));
  const d = c.differential;
  if (d === undefined)
    lines.push(paint.dim("  This kata declares no differential check (katas/<id>/compare.ts)."));
  else if (d.kind === "error") lines.push(paint.red(`  The check could not finish: ${d.message}.`));
  else if (d.kind === "agree")
    lines.push(paint.green(`  ${d.runs} generated inputs, no difference (seed ${d.seed}).`));
  else {
    lines.push(
      paint.red(`  They differ after shrinking, on input ${d.input}:`),
      `    yours:     ${show(d.learner)}`,
      `    reference: ${show(d.reference)}`,
      paint.dim(`    seed ${d.seed}`),
    );
  }
  const patch = createTwoFilesPatch(
    kata.files.stub,
    kata.files.reference,
    c.learnerText,
    c.referenceText,
    "yours",
    "reference",
    { context: 2 },
  );
  const body = patch.split("\n").filter((line) => !line.startsWith("==="));
  lines.push("", paint.bold("Diff, yours against the reference"));
  if (c.learnerText === c.referenceText) lines.push(paint.dim("  identical"));
  for (const line of body) {
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
  lines.push(
    "",
    `Lines of code: yours ${codeLines(c.learnerText)}, reference ${codeLines(c.referenceText)}.`,
  );
  return lines.join("\n");
}
