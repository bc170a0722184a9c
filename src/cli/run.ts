import { existsSync } from "node:fs";
import { match } from "ts-pattern";
import { compareCommand } from "../commands/compare.ts";
import { hintCommand } from "../commands/hint.ts";
import { homeCommand } from "../commands/home.ts";
import { type ClassroomEntry, type Io, ok, type Result } from "../commands/io.ts";
import { listCommand } from "../commands/list.ts";
import { resetCommand } from "../commands/reset.ts";
import { solutionCommand } from "../commands/solution.ts";
import { testCommand } from "../commands/test.ts";
import { verifyCommand } from "../commands/verify.ts";
import { versionCommand } from "../commands/version.ts";
import { UsageError } from "../errors.ts";
import { findKata } from "../kata/catalog.ts";
import type { Command } from "./parse.ts";

// A name, not a literal import: a student pack has no src/classroom, and neither its TypeScript
// nor the learner's commands may go looking for it.
const CLASSROOM_ENTRY = new URL("../classroom/entry.ts", import.meta.url);

/** The teacher's commands, loaded only when asked for; a student pack does not have them. */
async function classroom(argv: readonly string[], io: Io): Promise<Result> {
  if (!existsSync(CLASSROOM_ENTRY)) throw new UsageError({ kind: "noClassroom" });
  const entry = (await import(CLASSROOM_ENTRY.href)) as ClassroomEntry;
  return entry.classroomCommand(argv, io);
}

/** Runs one parsed command and returns its text and exit code; throws only KataErrors. */
export function run(command: Command, io: Io): Promise<Result> {
  return match(command)
    .with({ name: "help" }, async () => ok(io.ui.m.usage.help))
    .with({ name: "version" }, () => versionCommand(io))
    .with({ name: "list" }, ({ json }) => listCommand(io, json))
    .with({ name: "home" }, () => homeCommand(io))
    .with({ name: "watch" }, async ({ id, timeoutSeconds }) => {
      if (!io.interactive) throw new UsageError({ kind: "watchNeedsTerminal" });
      if (id !== undefined) await findKata(io.root, id);
      return { text: "", exitCode: await io.watch(id, timeoutSeconds) };
    })
    .with({ name: "test" }, (c) => testCommand(io, c))
    .with({ name: "hint" }, ({ id }) => hintCommand(io, id))
    .with({ name: "solution" }, (c) => solutionCommand(io, c))
    .with({ name: "compare" }, (c) => compareCommand(io, c))
    .with({ name: "reset" }, (c) => resetCommand(io, c))
    .with({ name: "verify" }, ({ ids }) => verifyCommand(io, ids))
    .with({ name: "classroom" }, ({ argv }) => classroom(argv, io))
    .exhaustive();
}
