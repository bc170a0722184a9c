// Mistake: get(i, j) reads data[i * cols + j] without checking the indices. In a flat array,
// (0, 3) of a 2×3 matrix lands on (1, 0), and a negative index reads undefined.
export * from "../hadamard.ts";

import { Matrix as Checked } from "../hadamard.ts";

export class Matrix extends Checked {
  override get(i: number, j: number): number {
    return this.data[i * this.cols + j] ?? Number.NaN;
  }
}
