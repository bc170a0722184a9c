import { type ClassReport, totalSteps } from "./report.ts";

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
 * One row per student (pure): for each kata the steps passed and the outcome, then the totals.
 * `reportCsv(report).split("\n")[0] // "student,singleton,singleton outcome,...,steps passed,steps total"`
 */
export function reportCsv(report: ClassReport): string {
  const header = [
    "student",
    ...report.katas.flatMap((k) => [k.id, `${k.id} outcome`]),
    "katas passed",
    "steps passed",
    "steps total",
  ];
  const rows = report.students.map((s) => {
    const steps = totalSteps(s);
    return [
      s.student,
      ...s.katas.flatMap((k) => [k.steps.passed, k.outcome]),
      s.katas.filter((k) => k.outcome === "passed").length,
      steps.passed,
      steps.total,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
