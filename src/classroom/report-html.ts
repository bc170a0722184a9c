import {
  type ClassReport,
  type KataGrade,
  OUTCOMES,
  type Outcome,
  type StudentGrade,
  totalPoints,
  totalSteps,
} from "./report.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Everything shown comes from folder names and students' error messages: escape it all. */
const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const LABEL = {
  passed: "passed",
  failing: "failing",
  timeout: "timeout",
  "load-error": "load error",
  crashed: "crashed",
  refused: "refused",
  missing: "missing",
} as const satisfies Record<Outcome, string>;

const STYLE = `
:root { font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; }
body { margin: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.meta { color: #57606a; margin: 0 0 1rem; }
.legend span { display: inline-block; padding: .1rem .5rem; margin: 0 .25rem .25rem 0; border-radius: 3px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: center; white-space: nowrap; }
tbody th { text-align: left; font-weight: 600; }
thead th { position: sticky; top: 0; background: #f6f8fa; }
thead button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
thead th[aria-sort=ascending] button::after { content: " ▲" / ""; }
thead th[aria-sort=descending] button::after { content: " ▼" / ""; }
td small { display: block; font-size: .75rem; }
.o-passed { background: #dafbe1; }
.o-failing { background: #fff8c5; }
.o-timeout { background: #e9d7fe; }
.o-load-error { background: #ffe2cc; }
.o-crashed { background: #ffd7d5; }
.o-refused { background: #1b1f24; color: #fff; }
.o-missing { background: #eaeef2; color: #57606a; }
details { margin: .25rem 0; }
`;

// Sorting without a library: the header's column index, the cells' data-sort values, and the
// student's name as the tie-break so the order is always the same.
const SCRIPT = `
const table = document.getElementById("grid");
const body = table.tBodies[0];
for (const button of table.querySelectorAll("thead button")) {
  button.addEventListener("click", () => {
    const th = button.closest("th");
    const index = Array.prototype.indexOf.call(th.parentNode.children, th);
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    for (const other of table.querySelectorAll("thead th")) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const numeric = button.dataset.type === "number";
    const value = (row) => row.children[index].dataset.sort;
    const rows = Array.from(body.rows).sort((a, b) => {
      const c = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
      return (ascending ? c : -c) || a.dataset.student.localeCompare(b.dataset.student);
    });
    body.append(...rows);
  });
}
`;

/** Sorts by steps passed, then by the share of tests passed. */
const sortValue = (k: KataGrade) =>
  (k.steps.passed + (k.tests.total > 0 ? (0.99 * k.tests.passed) / k.tests.total : 0)).toFixed(3);

function kataCell(k: KataGrade): string {
  const title = [
    LABEL[k.outcome],
    `${k.steps.passed}/${k.steps.total} steps`,
    `${k.points.passed}/${k.points.total} points`,
    `${k.tests.passed}/${k.tests.total} tests`,
    ...(k.detail ? [k.detail] : []),
  ].join(" · ");
  const tag =
    k.outcome === "passed" || k.outcome === "failing" ? "" : `<small>${LABEL[k.outcome]}</small>`;
  return `<td class="o-${k.outcome}" data-kata="${esc(k.kata)}" data-outcome="${k.outcome}" data-sort="${sortValue(k)}" title="${esc(title)}">${k.steps.passed}/${k.steps.total}<small>${k.points.passed} pt</small>${tag}</td>`;
}

function row(s: StudentGrade): string {
  const steps = totalSteps(s);
  const points = totalPoints(s);
  return [
    `<tr data-student="${esc(s.student)}">`,
    `<th scope="row" data-sort="${esc(s.student)}">${esc(s.student)}</th>`,
    ...s.katas.map(kataCell),
    `<td data-sort="${steps.passed}">${steps.passed}/${steps.total}</td>`,
    `<td data-sort="${points.passed}">${points.passed}/${points.total}</td>`,
    "</tr>",
  ].join("");
}

function problems(s: StudentGrade): string {
  const bad = s.katas.filter((k) => k.outcome !== "passed");
  if (bad.length === 0) return "";
  const items = bad
    .map(
      (k) =>
        `<li><b>${esc(k.kata)}</b>: ${LABEL[k.outcome]}${k.detail ? ` · ${esc(k.detail)}` : ""}</li>`,
    )
    .join("");
  return `<details><summary>${esc(s.student)}: ${bad.length} kata(s) not passed</summary><ul>${items}</ul></details>`;
}

/**
 * The class at a glance (pure): one self-contained page, a students × katas grid sortable by
 * any column, what went wrong below it. Inline CSS and script only, and a Content-Security-Policy
 * that forbids every network request.
 */
export function reportHtml(report: ClassReport): string {
  const { limits } = report;
  const head = [
    `<th scope="col" aria-sort="ascending"><button type="button" data-type="text">Student</button></th>`,
    ...report.katas.map(
      (k) =>
        `<th scope="col" data-kata="${esc(k.id)}" title="${esc(k.title)}"><button type="button" data-type="number">${esc(k.id)}</button></th>`,
    ),
    `<th scope="col"><button type="button" data-type="number">Steps</button></th>`,
    `<th scope="col"><button type="button" data-type="number">Points</button></th>`,
  ].join("");
  const students = report.students.toSorted((a, b) => a.student.localeCompare(b.student));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class report: ${report.students.length} students × ${report.katas.length} katas</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Class report</h1>
<p class="meta">${report.students.length} students × ${report.katas.length} katas · graded ${esc(report.generatedAt)} in ${report.seconds} s · per kata ${limits.timeoutSeconds} s and ${limits.memoryMb} MB · ${limits.jobs} at a time · seed ${limits.seed} · ${limits.points} points per kata, split over its steps · cells show steps passed and points; click a column to sort</p>
<p class="legend">${OUTCOMES.map((o) => `<span class="o-${o}">${LABEL[o]}</span>`).join("")}</p>
<table id="grid">
<thead><tr>${head}</tr></thead>
<tbody>
${students.map(row).join("\n")}
</tbody>
</table>
<h2>What did not pass</h2>
${students.map(problems).join("\n") || "<p>Every kata of every student passed.</p>"}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
