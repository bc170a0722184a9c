import { realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { createVitest, type Reporter, type Vitest } from "vitest/node";
import { prestartedThreads } from "./prestarted-threads.ts";
import { projectFor, type Target } from "./targets.ts";

/**
 * Drops vitest's cached transforms of every file under `katas/` that its module graphs hold (the
 * specs, the learner's files and what they import), so that the next run reads them as they are
 * on disk now, whatever a file watcher has or has not seen yet. node_modules and the tool's own
 * files stay cached. Returns how many files were dropped.
 */
export function forgetKataModules(vitest: Vitest, root: string): number {
  const katas = join(root, "katas");
  // How vite names files: in "/" form, and by their real path (a temporary folder on macOS is a
  // link into /private).
  const prefixes = [resolve(katas), realpathSync(katas)].map((p) => `${p.split(sep).join("/")}/`);
  const files = new Set<string>();
  for (const project of vitest.projects)
    for (const environment of Object.values(project.vite.environments))
      for (const file of environment.moduleGraph.fileToModulesMap.keys())
        if (prefixes.some((p) => file.startsWith(p))) files.add(file);
  for (const file of files) vitest.invalidateFile(file);
  return files.size;
}

/**
 * A vitest that stays up and runs these targets' specs when asked (watch mode's runner, the
 * daemon's warm vitest): no watcher of its own, since its owner decides when to run, and worker
 * threads, which start faster than forked processes, and each run's thread started while the
 * previous run ended (a hang is still stopped from outside, with the whole process).
 */
export function warmVitest(
  root: string,
  targets: readonly Target[],
  testTimeout: number,
  reporter: Reporter,
): Promise<Vitest> {
  return createVitest(
    "test",
    { root, config: false, watch: false, pool: prestartedThreads(), reporters: [reporter] },
    {
      logLevel: "silent",
      test: { projects: targets.map((t) => projectFor(root, t, testTimeout)) },
    },
  );
}
