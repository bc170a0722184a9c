// Mistake: lining shapes up on the left and padding the shorter one with 1s on the right.
// [2, 3] with [2] then looks fine, and [3] with [4, 1] is refused: NumPy does the opposite.
export * from "../hadamard.ts";

import { BroadcastError, type Shape } from "../hadamard.ts";

export function broadcastShapes(a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, k) => {
    const x = a[k] ?? 1;
    const y = b[k] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new BroadcastError([a, b]);
    return x === 1 ? y : x;
  });
}
