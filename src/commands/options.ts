import { UsageError } from "../errors.ts";

/** `--timeout`'s seconds: a positive number, 10 when absent (pure). */
export function secondsOption(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  // setTimeout holds at most 2^31-1 ms: a larger limit would fire at once, not never.
  if (!Number.isFinite(n) || n <= 0 || n * 1000 > 2 ** 31 - 1) {
    throw new UsageError({ kind: "timeout", value });
  }
  return n;
}

/** How `kata test` prints its verdict: for a person, Exercism's results.json v3, or JUnit XML. */
export const REPORTERS = ["pretty", "json", "junit"] as const;
export type Reporter = (typeof REPORTERS)[number];
