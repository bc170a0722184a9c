import { z } from "zod";

// The progress file's shape and the pure changes to it, apart from the file itself
// (progress.ts), so that code without a file system (the browser playground) keeps the
// same records.

const kataProgress = z.object({
  status: z.enum(["pending", "failing", "passed"]),
  /** The first step that was not green at the last test run. */
  step: z.string().optional(),
  passedAt: z.string().optional(),
  /** Hints revealed, per step id. */
  hints: z.record(z.string(), z.number().int().nonnegative()).default({}),
  solutionViewed: z.boolean().default(false),
  /** The reference was shown before the kata passed (`kata solution --force`). */
  solutionForced: z.boolean().default(false),
});

export const progressSchema = z.object({
  version: z.literal(1),
  katas: z.record(z.string(), kataProgress),
});

export type KataProgress = z.infer<typeof kataProgress>;
export type Progress = z.infer<typeof progressSchema>;

/** The progress of a learner who has tried nothing yet. */
export const emptyProgress = (): Progress => ({ version: 1, katas: {} });

/** A kata's progress, or the state of one never tried: `progressOf(p, "singleton").status`. */
export function progressOf(progress: Progress, id: string): KataProgress {
  return (
    progress.katas[id] ?? {
      status: "pending",
      hints: {},
      solutionViewed: false,
      solutionForced: false,
    }
  );
}

/** A copy of `progress` with one kata's entry changed (pure). */
export function withKata(progress: Progress, id: string, change: Partial<KataProgress>): Progress {
  return {
    ...progress,
    katas: { ...progress.katas, [id]: { ...progressOf(progress, id), ...change } },
  };
}
