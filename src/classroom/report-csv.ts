import { type ClassReport, totalPoints, totalSteps } from "./report.ts";

/**
 * What a spreadsheet may run as a formula: a cell that starts with = + - @ (or their full-width
 * forms, which some spreadsheets read the same), a tab or a carriage return, also behind leading
 * spaces, which spreadsheets skip (OWASP's CSV injection advice, extended).
 */
const FORMULA = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** One CSV cell: a formula defused with a leading quote, then quoted if it needs to be. */
function cell(value: string | number): string {
  const text =
    typeof value === "number" ? String(value) : FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per student (pure): for each kata the steps passed, the outcome and the points, then
 * the totals.
 * `reportCsv(report).split("\n")[0] // "student,singleton,singleton outcome,singleton points,...,points,points total"`
 */
export function reportCsv(report: ClassReport): string {
  const header = [
    "student",
    ...report.katas.flatMap((k) => [k.id, `${k.id} outcome`, `${k.id} points`]),
    "katas passed",
    "steps passed",
    "steps total",
    "points",
    "points total",
  ];
  const rows = report.students.map((s) => {
    const steps = totalSteps(s);
    const points = totalPoints(s);
    return [
      s.student,
      ...s.katas.flatMap((k) => [k.steps.passed, k.outcome, k.points.passed]),
      s.katas.filter((k) => k.outcome === "passed").length,
      steps.passed,
      steps.total,
      points.passed,
      points.total,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
