import { EXIT } from "../errors.ts";
import { type Progress, readProgress } from "../kata/progress.ts";
import type { Ui } from "../render/ui.ts";
import type { Runners } from "./test-kata.ts";

/** What a command needs from the world, passed in so that commands stay testable. */
export interface Io {
  readonly root: string;
  readonly ui: Ui;
  readonly now: () => Date;
  readonly seed: () => number;
  readonly warn: (line: string) => void;
  /** True when a person is at a terminal to answer questions and press keys. */
  readonly interactive: boolean;
  readonly confirm: (question: string) => Promise<boolean>;
  /** The interactive watch loop; resolves with the exit code when the learner quits. */
  readonly watch: (id: string | undefined, timeoutSeconds: number) => Promise<number>;
  /** `kata test`'s runners when a daemon keeps them warm; cold processes otherwise. */
  readonly runners?: Runners;
}

/** What a command produced: the text to print and the exit code. */
export interface Result {
  readonly text: string;
  readonly exitCode: number;
}

export const ok = (text: string): Result => ({ text, exitCode: EXIT.ok });

/** The learner's progress; a corrupt file is set aside with a warning, never a crash. */
export async function loadProgress(io: Io): Promise<Progress> {
  const { progress, warning } = await readProgress(io.root, io.now);
  if (warning) io.warn(warning);
  return progress;
}

/** The teacher's commands, as the CLI loads them on demand from src/classroom/entry.ts. */
export interface ClassroomEntry {
  readonly classroomCommand: (argv: readonly string[], io: Io) => Promise<Result>;
}
