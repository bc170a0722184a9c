import type { Paint } from "../render/paint.ts";
import type { ClassroomMessages } from "./messages.ts";
import { type ClassReport, OUTCOMES, totalSteps } from "./report.ts";

/** The terminal's summary of a grading run: one line per student, then the reports (pure). */
export function renderGrade(
  report: ClassReport,
  files: readonly string[],
  paint: Paint,
  c: ClassroomMessages,
): string {
  const { limits } = report;
  const width = Math.max(10, ...report.students.map((s) => s.student.length)) + 2;
  const columns = c.grade.columns;
  const lines = report.students.map((s) => {
    const passed = s.katas.filter((k) => k.outcome === "passed").length;
    const steps = totalSteps(s);
    const others = OUTCOMES.filter((o) => o !== "passed" && o !== "failing")
      .map((o) => [o, s.katas.filter((k) => k.outcome === o).length] as const)
      .filter(([, n]) => n > 0)
      .map(([o, n]) => `${n} ${c.grade.outcomes[o]}`);
    const mark = passed === s.katas.length ? paint.green("✓") : " ";
    const katas = `${passed}/${s.katas.length}`.padEnd(9);
    return `${mark} ${s.student.padEnd(width)}${katas}${`${steps.passed}/${steps.total}`.padEnd(10)}${paint.dim(others.join(", "))}`;
  });
  return [
    paint.bold(c.grade.heading(report.students.length, report.katas.length, report.seconds)) +
      paint.dim(c.grade.limits(limits.jobs, limits.timeoutSeconds, limits.memoryMb)),
    "",
    `  ${columns.student.padEnd(width)}${columns.katas.padEnd(9)}${columns.steps.padEnd(10)}${columns.other}`,
    ...lines,
    "",
    c.grade.reports(files.join("  ")),
  ].join("\n");
}
