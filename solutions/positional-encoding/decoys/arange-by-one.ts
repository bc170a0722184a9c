// Mistake: `arange(0, d_model // 2)` instead of `arange(0, d_model, 2)`: the exponent uses i where
// the formula has 2i, so the frequencies fall half as fast and the slowest is 10000^(-1/2), not
// nearly 10000^(-1).
export * from "../positional-encoding.ts";

import type { Dtype } from "../positional-encoding.ts";

export function divTerm(dModel: number, dtype: "float32"): Float32Array;
export function divTerm(dModel: number, dtype: "float64"): Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array {
  const round = dtype === "float32" ? Math.fround : (x: number) => x;
  const scale = round(-Math.log(10000) / dModel);
  const n = Math.ceil(dModel / 2);
  const div = dtype === "float32" ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) div[i] = round(Math.exp(round(i * scale)));
  return div;
}
