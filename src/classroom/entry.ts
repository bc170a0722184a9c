import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { match } from "ts-pattern";
import type { ClassroomEntry, Io, Result } from "../commands/io.ts";
import { EXIT } from "../errors.ts";
import { loadCatalog } from "../kata/catalog.ts";
import { writeAutograding } from "./autograding.ts";
import { type GradeProgress, gradeClass } from "./grade.ts";
import { type ClassroomMessages, classroomMessages } from "./messages.ts";
import { prepareOutDir } from "./out-dir.ts";
import { pack } from "./pack.ts";
import { type ClassroomCommand, parseClassroomArgv } from "./parse-classroom.ts";
import { progressLine, renderGrade } from "./render-grade.ts";
import { writeReports } from "./write-reports.ts";

const nodeMajor = (engines: string | undefined) => Number(/\d+/.exec(engines ?? "")?.[0] ?? 20);

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

/** The classroom's entry: a teacher's command line, parsed and run. */
export const classroomCommand: ClassroomEntry["classroomCommand"] = (argv, io) =>
  runClassroom(parseClassroomArgv(argv), io);

/** Runs a classroom command: `kata pack`, `kata classroom autograding`, `kata grade`. */
export function runClassroom(command: ClassroomCommand, io: Io): Promise<Result> {
  const c = classroomMessages(io.ui.m.locale);
  const { paint } = io.ui;
  return match(command)
    .with({ name: "pack" }, async ({ outDir, katas, force }) => {
      const done = await pack(io.root, outDir, { ids: katas, force });
      const git = {
        committed: c.pack.committed,
        unchanged: c.pack.unchanged,
        "no-git": c.pack.noGit,
      };
      const lines = [
        paint.green(c.pack.done(done.katas.length, done.dir)),
        ...(done.added.length > 0 ? [c.pack.added(done.added.join(", "))] : []),
        git[done.git],
        paint.dim(c.pack.next(done.dir)),
      ];
      return { text: lines.join("\n"), exitCode: EXIT.ok };
    })
    .with({ name: "autograding" }, async ({ points, timeoutSeconds }) => {
      const katas = (await loadCatalog(io.root)).map((k) => k.id);
      const pkg = JSON.parse(await readFile(join(io.root, "package.json"), "utf8")) as {
        engines?: { node?: string };
      };
      const files = await writeAutograding(io.root, katas, {
        points,
        timeoutSeconds,
        nodeMajor: nodeMajor(pkg.engines?.node),
      });
      return {
        text: [
          paint.green(c.autograding.wrote(katas.length, points)),
          ...files.map((f) => `  ${f}`),
          paint.dim(c.autograding.next),
        ].join("\n"),
        exitCode: EXIT.ok,
      };
    })
    .with({ name: "grade" }, async (grade) => {
      // Where the reports go is checked before a single student is graded.
      const out = await prepareOutDir(grade.out ?? join(io.root, "reports", "grade"));
      const progress = terminalProgress(c);
      const report = await whileSignalled((signal) =>
        gradeClass(io.root, resolve(grade.submissions), {
          katas: grade.katas,
          timeoutSeconds: grade.timeoutSeconds,
          memoryMb: grade.memoryMb,
          points: grade.points,
          seed: grade.seed ?? io.seed(),
          now: io.now,
          signal,
          ...(grade.jobs === undefined ? {} : { jobs: grade.jobs }),
          ...(progress ? { onProgress: progress.show } : {}),
        }).finally(() => progress?.clear()),
      );
      const files = await writeReports(report, out);
      return { text: renderGrade(report, files, paint, c), exitCode: EXIT.ok };
    })
    .exhaustive();
}
