// Mistake: a literal port of `[[x * y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]` without
// the shape check. Python's zip stops at the shorter input, so matrices of different shapes give
// a smaller product instead of an error.
export * from "../hadamard.ts";

import type { Rows } from "../hadamard.ts";

export function hadamard(a: Rows, b: Rows): number[][] {
  const pairs = a.slice(0, b.length);
  return pairs.map((row, i) => {
    const other = b[i] ?? [];
    return row.slice(0, other.length).map((x, j) => x * (other[j] ?? Number.NaN));
  });
}
