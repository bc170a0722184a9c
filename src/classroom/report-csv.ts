import { type ClassReport, totalSteps } from "./report.ts";

/**
 * A spreadsheet can run a cell that starts with = + - @ as a formula; student folder names and
 * messages come from students, so such a cell is prefixed with a quote (OWASP's advice).
 */
function cell(value: string | number): string {
  const text =
    typeof value === "number" ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
