/**
 * A kata's points split over its steps in whole points (pure): equal shares, the first steps
 * taking one more each until the remainder is spent, so the shares add up to `points` exactly
 * and every platform (Classroom 50 takes whole points) shows the same numbers.
 * `stepPoints(10, 4) // [3, 3, 2, 2]`
 */
export function stepPoints(points: number, steps: number): number[] {
  const base = Math.floor(points / steps);
  const extra = points - base * steps;
  return Array.from({ length: steps }, (_, i) => base + (i < extra ? 1 : 0));
}
