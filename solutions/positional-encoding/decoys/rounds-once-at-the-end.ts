// Mistake: computing the whole table in float64 and storing it in Float32Arrays. Each entry is
// then the float32 nearest the exact value, better than PyTorch's, and not what PyTorch gives:
// PyTorch rounds the scale, the exponent, the frequency and the angle, each in turn.
export * from "../positional-encoding.ts";

import { type Dtype, positionalEncoding as reference } from "../positional-encoding.ts";

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
  const exact = reference(maxLen, dModel, "float64");
  return dtype === "float32" ? exact.map((row) => Float32Array.from(row)) : exact;
}
