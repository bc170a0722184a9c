/** The largest delay setTimeout keeps: a larger one fires at once, not never. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `kata grade --timeout`: a kata's spec that needs more than ten minutes is broken, not slow. */
export const GRADE_TIMEOUT_SECONDS = { min: 1, max: 600 } as const;

/** `kata grade --memory`, in megabytes: V8 refuses less, and no machine here has more. */
export const MEMORY_MB = { min: 64, max: 65_536 } as const;

/**
 * A timer's delay for `seconds`, clamped to what setTimeout can hold (pure):
 * `timerMs(1e9) // 2147483647`, so a backstop fires late rather than at once.
 */
export function timerMs(seconds: number): number {
  return Math.max(0, Math.min(Math.round(seconds * 1000), MAX_TIMER_MS));
}
