import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { match } from "ts-pattern";
import type { ClassroomEntry, Io, Result } from "../commands/io.ts";
import { EXIT } from "../errors.ts";
import { loadCatalog } from "../kata/catalog.ts";
import { writeAutograding } from "./autograding.ts";
import { gradeClass } from "./grade.ts";
import { classroomMessages } from "./messages.ts";
import { pack } from "./pack.ts";
import { type ClassroomCommand, parseClassroomArgv } from "./parse-classroom.ts";
import { renderGrade } from "./render-grade.ts";
import { writeReports } from "./write-reports.ts";

const nodeMajor = (engines: string | undefined) => Number(/\d+/.exec(engines ?? "")?.[0] ?? 20);

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
      const report = await gradeClass(io.root, resolve(grade.submissions), {
        katas: grade.katas,
        timeoutSeconds: grade.timeoutSeconds,
        memoryMb: grade.memoryMb,
        seed: grade.seed ?? io.seed(),
        now: io.now,
        ...(grade.jobs === undefined ? {} : { jobs: grade.jobs }),
      });
      const files = await writeReports(
        report,
        resolve(grade.out ?? join(io.root, "reports", "grade")),
      );
      return { text: renderGrade(report, files, paint, c), exitCode: EXIT.ok };
    })
    .exhaustive();
}
