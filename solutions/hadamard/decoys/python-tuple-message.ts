// Mistake: the message built from Python's tuple repr, `str((2, 3))`, and joined with single
// spaces. It reads "(2, 3) (3, 2)", while NumPy writes "(2,3) (3,2) ", with a space after each.
export * from "../hadamard.ts";

import { type Shape, ShapeError } from "../hadamard.ts";

const pyTuple = (s: Shape) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);

export class BroadcastError extends ShapeError {
  override readonly name = "BroadcastError";

  constructor(readonly shapes: readonly Shape[]) {
    super(`operands could not be broadcast together with shapes ${shapes.map(pyTuple).join(" ")}`);
  }
}
