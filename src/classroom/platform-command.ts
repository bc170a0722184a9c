import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { match } from "ts-pattern";
import type { Io, Result } from "../commands/io.ts";
import { EXIT } from "../errors.ts";
import { findKata, type Kata, loadCatalog } from "../kata/catalog.ts";
import { writeActions } from "./actions.ts";
import { hasAutogradeWorkflow, type PlatformOptions, writeClassroom50 } from "./classroom50.ts";
import { TemplateAutogradeError } from "./errors.ts";
import { commitAll } from "./git-commit.ts";
import { autograderZip } from "./gradescope.ts";
import type { ClassroomMessages } from "./messages.ts";
import { prepareOutDir } from "./out-dir.ts";
import { withDependencies } from "./pack.ts";
import { checkPack } from "./pack-check.ts";
import type { ClassroomCommand } from "./parse-classroom.ts";

type PlatformCommand = Extract<
  ClassroomCommand,
  { name: "classroom50" | "actions" | "gradescope" }
>;

/** The Node major version of a repository's `engines.node` (20 when it says nothing). */
async function nodeMajor(root: string): Promise<number> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
    engines?: { node?: string };
  };
  return Number(/\d+/.exec(pkg.engines?.node ?? "")?.[0] ?? 20);
}

const steps = (katas: readonly Kata[]) => katas.reduce((n, k) => n + k.manifest.steps.length, 0);

/**
 * Writes what a platform needs: Classroom 50's tests and runtime, or a GitHub Actions workflow,
 * into a pack (committed there), or Gradescope's autograder zip from the repository.
 */
export async function platformCommand(
  command: PlatformCommand,
  io: Io,
  c: ClassroomMessages,
): Promise<Result> {
  const { paint } = io.ui;
  const locale = io.ui.m.locale;
  return match(command)
    .with({ name: "gradescope" }, async (g) => {
      const chosen =
        g.katas.length > 0
          ? await Promise.all(g.katas.map((id) => findKata(io.root, id)))
          : await loadCatalog(io.root);
      const katas = await withDependencies(io.root, chosen);
      const file = resolve(g.out ?? join(io.root, "reports", "gradescope", "autograder.zip"));
      await prepareOutDir(dirname(file));
      const options = { ...g, locale, nodeMajor: await nodeMajor(io.root) };
      const { zip, files } = await autograderZip(io.root, katas, options);
      await writeFile(file, zip);
      return {
        text: [
          paint.green(c.platforms.gradescope(steps(katas), g.points * katas.length, files.length)),
          `  ${file}`,
          paint.dim(c.platforms.gradescopeNext),
        ].join("\n"),
        exitCode: EXIT.ok,
      };
    })
    .with({ name: "classroom50" }, { name: "actions" }, async (p) => {
      const pack = checkPack(p.pack);
      if (p.name === "classroom50" && hasAutogradeWorkflow(pack))
        throw new TemplateAutogradeError(p.pack);
      // A kata the pack gives solved earns nothing: it is there for the katas built on it.
      const katas = (await loadCatalog(pack)).filter((k) => !k.manifest.given);
      const options: PlatformOptions = { ...p, locale, nodeMajor: await nodeMajor(pack) };
      const write = p.name === "classroom50" ? writeClassroom50 : writeActions;
      const files = await write(pack, katas, options);
      const git = await commitAll(
        pack,
        `${p.name === "classroom50" ? "Classroom 50" : "GitHub Actions"}: grading per kata step`,
      );
      const wrote =
        p.name === "classroom50"
          ? c.platforms.classroom50(steps(katas), p.points * katas.length)
          : c.platforms.actions(steps(katas), p.points * katas.length);
      return {
        text: [
          paint.green(wrote),
          ...files.map((f) => `  ${join(pack, f)}`),
          ...(git === "committed" ? [c.platforms.committed] : []),
          paint.dim(
            p.name === "classroom50" ? c.platforms.classroom50Next : c.platforms.actionsNext,
          ),
        ].join("\n"),
        exitCode: EXIT.ok,
      };
    })
    .exhaustive();
}
