import { existsSync } from "node:fs";
import { match } from "ts-pattern";
import { type ClassroomEntry, type Io, ok, type Result } from "../commands/io.ts";
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

// Each command is loaded when it runs: `kata test` starts without the diff library `compare`
// needs, `kata list` without the runner, and so on. Start-up is what a learner waits for most.
const commands = {
  compare: () => import("../commands/compare.ts"),
  hint: () => import("../commands/hint.ts"),
  home: () => import("../commands/home.ts"),
  list: () => import("../commands/list.ts"),
  reset: () => import("../commands/reset.ts"),
  solution: () => import("../commands/solution.ts"),
  test: () => import("../commands/test.ts"),
  verify: () => import("../commands/verify.ts"),
  version: () => import("../commands/version.ts"),
};

/** Runs one parsed command and returns its text and exit code; throws only KataErrors. */
export function run(command: Command, io: Io): Promise<Result> {
  return match(command)
    .with({ name: "help" }, async () => ok(io.ui.m.usage.help))
    .with({ name: "version" }, async () => (await commands.version()).versionCommand(io))
    .with({ name: "list" }, async ({ json }) => (await commands.list()).listCommand(io, json))
    .with({ name: "home" }, async () => (await commands.home()).homeCommand(io))
    .with({ name: "watch" }, async ({ id, timeoutSeconds }) => {
      if (!io.interactive) throw new UsageError({ kind: "watchNeedsTerminal" });
      if (id !== undefined) await findKata(io.root, id);
      return { text: "", exitCode: await io.watch(id, timeoutSeconds) };
    })
    .with({ name: "test" }, async (c) => (await commands.test()).testCommand(io, c))
    .with({ name: "hint" }, async ({ id }) => (await commands.hint()).hintCommand(io, id))
    .with({ name: "solution" }, async (c) => (await commands.solution()).solutionCommand(io, c))
    .with({ name: "compare" }, async (c) => (await commands.compare()).compareCommand(io, c))
    .with({ name: "reset" }, async (c) => (await commands.reset()).resetCommand(io, c))
    .with({ name: "verify" }, async ({ ids }) => (await commands.verify()).verifyCommand(io, ids))
    .with({ name: "classroom" }, ({ argv }) => classroom(argv, io))
    .exhaustive();
}
