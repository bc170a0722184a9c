import { match } from "ts-pattern";
import type { ClassroomEntry, Io, Result } from "../commands/io.ts";
import { EXIT } from "../errors.ts";
import { gradeCommand } from "./grade-command.ts";
import { classroomMessages } from "./messages.ts";
import { pack } from "./pack.ts";
import { type ClassroomCommand, parseClassroomArgv } from "./parse-classroom.ts";
import { platformCommand } from "./platform-command.ts";

/** The classroom's entry: a teacher's command line, parsed and run. */
export const classroomCommand: ClassroomEntry["classroomCommand"] = (argv, io) =>
  runClassroom(parseClassroomArgv(argv), io);

/**
 * Runs a classroom command: `kata pack`, `kata classroom classroom50|actions|gradescope`,
 * `kata grade`.
 */
export function runClassroom(command: ClassroomCommand, io: Io): Promise<Result> {
  const c = classroomMessages(io.ui.m.locale);
  const { paint } = io.ui;
  return match(command)
    .with({ name: "pack" }, async ({ outDir, katas, solved, force }) => {
      const done = await pack(io.root, outDir, { ids: katas, solved, force });
      const git = {
        committed: c.pack.committed,
        unchanged: c.pack.unchanged,
        "no-git": c.pack.noGit,
      };
      const lines = [
        paint.green(c.pack.done(done.katas.length, done.dir)),
        ...(done.added.length > 0 ? [c.pack.added(done.added.join(", "))] : []),
        ...(done.solved.length > 0 ? [c.pack.solved(done.solved.join(", "))] : []),
        git[done.git],
        paint.dim(c.pack.next(done.dir)),
      ];
      return { text: lines.join("\n"), exitCode: EXIT.ok };
    })
    .with({ name: "classroom50" }, { name: "actions" }, { name: "gradescope" }, (platform) =>
      platformCommand(platform, io, c),
    )
    .with({ name: "grade" }, (grade) => gradeCommand(grade, io, c))
    .exhaustive();
}
