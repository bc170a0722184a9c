import type { Paint } from "../render/paint.ts";
import type { GradeProgress } from "./grade.ts";
import type { ClassroomMessages } from "./messages.ts";
import { printable } from "./printable.ts";
import { type ClassReport, OUTCOMES, totalPoints, totalSteps } from "./report.ts";

/** The terminal's summary of a grading run: one line per student, then the reports (pure). */
export function renderGrade(
  report: ClassReport,
  files: readonly string[],
  paint: Paint,
  c: ClassroomMessages,
): string {
  const { limits } = report;
  // Student folder names are the students' own text: no escape sequence reaches the terminal.
  const names = report.students.map((s) => printable(s.student));
  const width = Math.max(10, ...names.map((name) => name.length)) + 2;
  const columns = c.grade.columns;
  const lines = report.students.map((s, i) => {
    const passed = s.katas.filter((k) => k.outcome === "passed").length;
    const steps = totalSteps(s);
    const others = OUTCOMES.filter((o) => o !== "passed" && o !== "failing")
      .map((o) => [o, s.katas.filter((k) => k.outcome === o).length] as const)
      .filter(([, n]) => n > 0)
      .map(([o, n]) => `${n} ${c.grade.outcomes[o]}`);
    const mark = passed === s.katas.length ? paint.green("✓") : " ";
    const katas = `${passed}/${s.katas.length}`.padEnd(9);
    const points = totalPoints(s);
    return `${mark} ${(names[i] ?? "").padEnd(width)}${katas}${`${steps.passed}/${steps.total}`.padEnd(10)}${`${points.passed}/${points.total}`.padEnd(10)}${paint.dim(others.join(", "))}`;
  });
  return [
    paint.bold(c.grade.heading(report.students.length, report.katas.length, report.seconds)) +
      paint.dim(c.grade.limits(limits.jobs, limits.timeoutSeconds, limits.memoryMb, limits.points)),
    "",
    `  ${columns.student.padEnd(width)}${columns.katas.padEnd(9)}${columns.steps.padEnd(10)}${columns.points.padEnd(10)}${columns.other}`,
    ...lines,
    "",
    c.grade.reports(files.join("  ")),
  ].join("\n");
}

/**
 * The progress line of a grading run on a terminal (pure): students done, how many have a kata
 * that did not pass, and the time left at the pace so far.
 * `progressLine({ done: 2, total: 3, failing: 1, elapsedMs: 8000 }, c) // "2/3 students graded, 1 failing, about 4 s left"`
 */
export function progressLine(progress: GradeProgress, c: ClassroomMessages): string {
  const { done, total, failing, elapsedMs } = progress;
  const leftMs = done > 0 && done < total ? (elapsedMs / done) * (total - done) : 0;
  const left =
    leftMs <= 0
      ? undefined
      : leftMs < 90_000
        ? c.grade.secondsLeft(Math.max(1, Math.round(leftMs / 1000)))
        : c.grade.minutesLeft(Math.round(leftMs / 60_000));
  return c.grade.progress(done, total, failing, left);
}
