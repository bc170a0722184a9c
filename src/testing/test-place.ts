/** Where a test sits in its spec: its step, and its name below the step. */
export interface TestPlace {
  /** The outermost describe: a step of the kata ("" for a test outside any describe). */
  readonly step: string;
  /** The test's title below its step, nested describes first, joined with " > " as vitest joins them. */
  readonly name: string;
}

/**
 * The place of a test from its titles, outermost describe first and its own title last (pure).
 * One rule for every reader of a run (the report, the trace, FC_TEST), because the manifest
 * keys a test's translation by this `name`, and FC_TEST names a law as `<step> > <name>`.
 */
export function testPlace(titles: readonly string[]): TestPlace {
  if (titles.length <= 1) return { step: "", name: titles[0] ?? "" };
  const [step = "", ...below] = titles;
  return { step, name: below.join(" > ") };
}

/** A test as vitest's runner hands it to a hook: its title, in a chain of describes. */
export interface TaskLike {
  readonly name: string;
  readonly suite?: TaskLike | undefined;
}

/** A runner task's title and the describes around it, outermost first (the file is not in the chain). */
export function taskTitles(task: TaskLike): string[] {
  const titles = [task.name];
  for (let suite = task.suite; suite; suite = suite.suite) titles.unshift(suite.name);
  return titles;
}
