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
