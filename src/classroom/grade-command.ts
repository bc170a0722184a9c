import { writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Io, Result } from "../commands/io.ts";
import { EXIT } from "../errors.ts";
import { findKata } from "../kata/catalog.ts";
import { type GradeProgress, gradeClass } from "./grade.ts";
import { gradescopeResults } from "./gradescope-results.ts";
import type { ClassroomMessages } from "./messages.ts";
import { prepareOutDir } from "./out-dir.ts";
import type { ClassroomCommand } from "./parse-classroom.ts";
import { progressLine, renderGrade } from "./render-grade.ts";
import { writeReports } from "./write-reports.ts";

type GradeCommand = Extract<ClassroomCommand, { name: "grade" }>;

/**
 * Runs `work` with a signal that Ctrl-C (SIGINT) or SIGTERM aborts, for as long as it runs: the
 * grader then ends its processes and removes its folders itself. A second Ctrl-C is Node's own.
 */
async function whileSignalled<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => controller.abort(signal);
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await work(controller.signal);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

/**
 * A progress line on stderr, redrawn in place, when stderr is a terminal; nothing otherwise, so
 * a log or a pipe gets only the summary.
 */
function terminalProgress(c: ClassroomMessages) {
  if (!process.stderr.isTTY) return undefined;
  return {
    show: (p: GradeProgress) => process.stderr.write(`\r\x1b[2K${progressLine(p, c)}`),
    clear: () => process.stderr.write("\r\x1b[2K"),
  };
}

/**
 * `kata grade`: where everything goes is checked first, then the class is graded (stopped
 * cleanly by Ctrl-C), then the reports, and Gradescope's results.json for one submission.
 */
export async function gradeCommand(
  grade: GradeCommand,
  io: Io,
  c: ClassroomMessages,
): Promise<Result> {
  const out = await prepareOutDir(grade.out ?? join(io.root, "reports", "grade"));
  const results = grade.gradescope === undefined ? undefined : resolve(grade.gradescope);
  if (results) await prepareOutDir(dirname(results));
  const progress = terminalProgress(c);
  const report = await whileSignalled((signal) =>
    gradeClass(io.root, resolve(grade.submissions), {
      katas: grade.katas,
      timeoutSeconds: grade.timeoutSeconds,
      memoryMb: grade.memoryMb,
      points: grade.points,
      seed: grade.seed ?? io.seed(),
      now: io.now,
      single: grade.single,
      signal,
      ...(grade.jobs === undefined ? {} : { jobs: grade.jobs }),
      ...(progress ? { onProgress: progress.show } : {}),
    }).finally(() => progress?.clear()),
  );
  const files = await writeReports(report, out);
  if (results) {
    const katas = await Promise.all(report.katas.map((k) => findKata(io.root, k.id)));
    const json = gradescopeResults(report, katas, io.ui.m.locale, grade.visibility, c);
    await writeFile(results, `${JSON.stringify(json, null, 2)}\n`);
    files.push(join(dirname(results), basename(results)));
  }
  return { text: renderGrade(report, files, io.ui.paint, c), exitCode: EXIT.ok };
}
