import type { CaseResult, ContenderResult, CpythonRow, SectionResult } from "./results.ts";

const ops = (n: number | undefined): string =>
  n === undefined
    ? "—"
    : n >= 1e6
      ? `${(n / 1e6).toFixed(2)} M`
      : n >= 1e3
        ? `${(n / 1e3).toFixed(0)} k`
        : n.toFixed(0);

const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
const code = (text: string): string => `\`${text.replaceAll("`", "'").replaceAll("|", "\\|")}\``;
const shown = (c: ContenderResult): string =>
  c.output.ok ? code(JSON.stringify(c.output.value)) : `throws ${code(c.output.error)}`;

function cell(c: ContenderResult): string {
  if (!c.output.ok) return "throws";
  return c.correct ? ops(c.opsPerSecond) : `${ops(c.opsPerSecond)} ✗`;
}

/** The geometric mean of ours ÷ peer over the cases where both give CPython's result. */
export function sharedRatio(
  cases: readonly CaseResult[],
  peer: string,
): { readonly mean: number; readonly count: number; readonly min: number } | undefined {
  const ratios = cases.flatMap((c) => {
    const p = c.peers.find((x) => x.name === peer);
    return p?.correct && c.ours.correct && p.ratio !== undefined ? [p.ratio] : [];
  });
  if (ratios.length === 0) return undefined;
  const mean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  return { mean, count: ratios.length, min: Math.min(...ratios) };
}

/** One section as Markdown: the table, the wrong results, and the ratio on shared cases. */
export function renderSection({ section, cases }: SectionResult): string {
  const lines = [`## ${section.title}`, "", section.note, ""];
  if (section.missing !== undefined) {
    return [...lines, `Not measured: \`${section.missing}\` does not exist yet.`, ""].join("\n");
  }
  const detailed = cases.some((c) => c.peers.some((p) => p.detail !== undefined));
  const head = [
    "case",
    "CPython",
    `${section.ours} ops/s`,
    ...section.peers.flatMap((p) => [`${p} ops/s`, `ours/${p}`]),
  ];
  lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  for (const c of cases) {
    const detail = detailed ? c.peers.map((p) => p.detail ?? "").filter((d) => d !== "") : [];
    const label =
      detail.length > 0 ? `${code(c.label)} vs ${code(detail.join(", "))}` : code(c.label);
    const row = [
      label,
      code(JSON.stringify(c.expected)),
      c.ours.correct ? ops(c.ours.opsPerSecond) : `${ops(c.ours.opsPerSecond)} ✗ **ours differs**`,
      ...c.peers.flatMap((p) => [cell(p), p.ratio === undefined ? "—" : times(p.ratio)]),
    ];
    lines.push(`| ${row.join(" | ")} |`);
  }
  const wrong = cases.flatMap((c) =>
    [c.ours, ...c.peers]
      .filter((p) => !p.correct)
      .map(
        (p) =>
          `- ${p.name} on ${code(c.label)}: ${shown(p)}, CPython gives ${code(JSON.stringify(c.expected))}`,
      ),
  );
  lines.push(
    "",
    "✗ marks a result that differs from CPython's; speed at a wrong answer is no win.",
  );
  if (wrong.length > 0) lines.push("", "Different (wrong) results:", "", ...wrong);
  lines.push(
    "",
    "Ours ÷ peer, geometric mean over the cases where the peer gives CPython's result:",
    "",
  );
  for (const peer of section.peers) {
    const shared = sharedRatio(cases, peer);
    lines.push(
      shared === undefined
        ? `- ${peer}: no case where it is right`
        : `- ${peer}: **${times(shared.mean)}** over ${shared.count} case(s), lowest ${times(shared.min)}`,
    );
  }
  return [...lines, ""].join("\n");
}

/** Our time per call ÷ CPython's, case by case. */
export function renderCpython(rows: readonly CpythonRow[], python: string | undefined): string {
  const lines = ["## CPython: the same cases under `python3 -m timeit`", ""];
  if (python === undefined) {
    return [...lines, "Skipped: there is no `python3` on this machine.", ""].join("\n");
  }
  lines.push(
    `${python}: \`python3 -m timeit -n N -r 5\`, N sized so that a repeat takes about 40 ms, ` +
      "and the median of the repeats. The katas' semantics are CPython 3.14's (pyodide); this " +
      "python3 is only the timing reference, and its result is checked against 3.14's on every case. " +
      "A ratio below 1 means ours takes less time than CPython.",
    "",
    "| case | CPython ns/call | ours | ours ns/call | ours time / CPython time | python3 result |",
    "|---|---|---|---|---|---|",
  );
  for (const r of rows) {
    const agrees = r.output === r.expected ? "= 3.14" : `${code(JSON.stringify(r.output))} ≠ 3.14`;
    lines.push(
      `| ${code(r.label)} | ${r.cpythonNsPerOp.toFixed(0)} | ${r.ours} | ${r.oursNsPerOp.toFixed(0)} | ${times(r.oursNsPerOp / r.cpythonNsPerOp)} | ${agrees} |`,
    );
  }
  return [...lines, ""].join("\n");
}
