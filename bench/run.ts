// `npm run bench`: the formatting references against peer libraries, JS built-ins and CPython,
// measured side by side in one run; prints Markdown and writes bench/results.md.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, pythonVersion, timeit } from "./internal/cpython.ts";
import { describeMachine } from "./internal/machine.ts";
import { ROUNDS } from "./internal/measure.ts";
import { loadReferences } from "./internal/references.ts";
import { renderCpython, renderSection } from "./internal/report.ts";
import type { CpythonRow, SectionResult } from "./internal/results.ts";
import { runSection } from "./internal/run-section.ts";
import { fStringSection } from "./sections/f-string.ts";
import { formatSection } from "./sections/format.ts";
import { percentSection } from "./sections/percent-format.ts";
import { strFormatSection } from "./sections/str-format.ts";

if (!import.meta.resolve("#kata/format-spec").includes("/solutions/")) {
  throw new Error(
    "run with `node --conditions=solutions --import tsx bench/run.ts` (npm run bench)",
  );
}

const started = performance.now();
const machine = describeMachine();
const progress = (text: string) => process.stderr.write(`  ${text}\n`);
const references = await loadReferences();
const sections = [
  percentSection(references.percentFormat),
  strFormatSection(references.strFormat),
  formatSection(),
  fStringSection(references.f),
];

const results: SectionResult[] = [];
for (const section of sections) {
  process.stderr.write(`${section.title}\n`);
  const result = runSection(section, progress);
  results.push(result);
  process.stdout.write(`${renderSection(result)}\n`);
}

const python = pythonVersion();
const cases = results.flatMap((r) => r.cases.map((c) => ({ ours: r.section.ours, c })));
const cpythonRows: CpythonRow[] = [];
if (python !== undefined) {
  process.stderr.write(`${python} -m timeit\n`);
  const outputs = evaluate(cases.map(({ c }) => c.python));
  cases.forEach(({ ours, c }, i) => {
    progress(c.label);
    cpythonRows.push({
      label: c.label,
      ours,
      oursNsPerOp: 1e9 / (c.ours.opsPerSecond ?? Number.NaN),
      cpythonNsPerOp: timeit(c.python),
      output: outputs[i] ?? "",
      expected: c.expected,
    });
  });
}
const cpython = renderCpython(cpythonRows, python);
process.stdout.write(`${cpython}\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(0);
const header = [
  "# Formatting benchmarks",
  "",
  `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)} in ${seconds} s.`,
  "",
  `Machine: ${machine}.`,
  "",
  `Method: tinybench, ${ROUNDS} rounds per case; in each round every contender runs for the same ` +
    "time, in alternating order, and a sample is a batch of 32 calls. ops/s is the median over the " +
    "rounds of each round's median batch; **ours/peer** is the median of the per-round ratios, so " +
    "above 1 means ours is faster. The machine is shared, so absolute figures are noisy; ratios " +
    "measured in the same round are the figures to read. Every output is checked against " +
    "CPython 3.14's result before it is timed.",
  "",
];
const markdown = [...header, ...results.map(renderSection), cpython].join("\n");
writeFileSync(join(import.meta.dirname, "results.md"), markdown);
process.stderr.write(`bench/results.md written (${seconds} s)\n`);

if (results.some((r) => r.cases.some((c) => !c.ours.correct))) {
  process.stderr.write("A reference differs from CPython: see the ✗ above.\n");
  process.exitCode = 1;
}
