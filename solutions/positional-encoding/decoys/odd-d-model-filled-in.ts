// Mistake: no size check. A JavaScript loop does not care that d_model is odd: the last cos value
// is written past the end of the row and silently dropped, where PyTorch raises RuntimeError.
export * from "../positional-encoding.ts";

import { type Dtype, divTerm } from "../positional-encoding.ts";

export function positionalEncoding(
  maxLen: number,
  dModel: number,
  dtype: "float32",
): Float32Array[];
export function positionalEncoding(
  maxLen: number,
  dModel: number,
  dtype: "float64",
): Float64Array[];
export function positionalEncoding(
  maxLen: number,
  dModel: number,
  dtype: Dtype,
): Float32Array[] | Float64Array[];
export function positionalEncoding(
  maxLen: number,
  dModel: number,
  dtype: Dtype,
): (Float32Array | Float64Array)[] {
  const round = dtype === "float32" ? Math.fround : (x: number) => x;
  const div = divTerm(dModel, dtype);
  return Array.from({ length: maxLen }, (_, pos) => {
    const row = dtype === "float32" ? new Float32Array(dModel) : new Float64Array(dModel);
    div.forEach((w, i) => {
      const angle = round(pos * w);
      row[2 * i] = round(Math.sin(angle));
      row[2 * i + 1] = round(Math.cos(angle));
    });
    return row;
  });
}
