// Positional-encoding kata: port the seed's PositionalEncoding table from original.py, in float64
// and in float32 as PyTorch computes it. Read README.md (or README.zh-CN.md) first, then run
// `npx kata test positional-encoding`. Replace each `throw` with your code.

/** The two dtypes of the kata: Python's float (float64) and PyTorch's default, float32. */
export type Dtype = "float32" | "float64";

/**
 * PyTorch's RuntimeError from `pe[:, 1::2] = cos(...)` when the sizes cannot be lined up, with the
 * sizes as data. Its message is PyTorch's, to the character (two spaces after each full stop):
 * `new ExpandError(1, [10, 2], [10, 3]).message` is
 * `"The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [10, 2].  Tensor sizes: [10, 3]"`.
 */
export class ExpandError extends Error {
  override readonly name = "ExpandError";

  constructor(
    readonly dim: number,
    readonly targetSizes: readonly number[],
    readonly tensorSizes: readonly number[],
  ) {
    // TODO step 1 (float64): pass PyTorch's message to super(...), built from the sizes.
    super();
    throw new Error("TODO step 1 (float64): implement the ExpandError message");
  }
}

/** `exp(2i · -(ln 10000 / dModel))` for i = 0, 1, …, one per (sin, cos) pair, in the dtype given. */
export function divTerm(dModel: number, dtype: "float32"): Float32Array;
export function divTerm(dModel: number, dtype: "float64"): Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array {
  // TODO step 1 (float64), then step 2 (float32)
  throw new Error(
    `TODO step ${dtype === "float32" ? "2 (float32)" : "1 (float64)"}: implement divTerm`,
  );
}

/**
 * The table: `maxLen` rows of `dModel` entries; column 2i is `sin(pos · div[i])`, column 2i + 1 is
 * `cos(pos · div[i])`. Checks the sizes as PyTorch would (see the README).
 */
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
  // TODO step 1 (float64), then step 2 (float32)
  throw new Error(
    `TODO step ${dtype === "float32" ? "2 (float32)" : "1 (float64)"}: implement positionalEncoding`,
  );
}

/** How many float32 values apart `a` and `b` are, once each is rounded to float32. */
export function ulpsBetween(a: number, b: number): number {
  // TODO step 3 (ulps)
  throw new Error("TODO step 3 (ulps): implement ulpsBetween");
}

/** Per entry, `ulpsBetween(float32 entry, float64 entry)` of the two tables. */
export function ulpError(maxLen: number, dModel: number): number[][] {
  // TODO step 3 (ulps)
  throw new Error("TODO step 3 (ulps): implement ulpError");
}

/** The lines original.py prints, in order. */
export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
