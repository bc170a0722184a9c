// Mistake: cos in the even columns and sin in the odd ones. Every value is still in [-1, 1] and
// sin² + cos² is still 1, but row 0 reads [1, 0, 1, 0, …] and no trained model would agree.
export * from "../positional-encoding.ts";

import { type Dtype, divTerm, positionalEncoding as reference } from "../positional-encoding.ts";

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
  const table = reference(maxLen, dModel, dtype);
  const round = dtype === "float32" ? Math.fround : (x: number) => x;
  const div = divTerm(dModel, dtype);
  table.forEach((row, pos) => {
    div.forEach((w, i) => {
      const angle = round(pos * w);
      row[2 * i] = round(Math.cos(angle));
      if (2 * i + 1 < dModel) row[2 * i + 1] = round(Math.sin(angle));
    });
  });
  return table;
}
