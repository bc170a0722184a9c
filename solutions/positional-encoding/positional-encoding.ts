/** The two dtypes of the kata: Python's float (float64) and PyTorch's default, float32. */
export type Dtype = "float32" | "float64";

/**
 * PyTorch's RuntimeError from `pe[:, 1::2] = cos(...)` when the two sides cannot be lined up,
 * with its exact text and the sizes as data: `new ExpandError(1, [10, 2], [10, 3]).message`.
 */
export class ExpandError extends Error {
  override readonly name = "ExpandError";

  constructor(
    readonly dim: number,
    readonly targetSizes: readonly number[],
    readonly tensorSizes: readonly number[],
  ) {
    // PyTorch's text, two spaces after each full stop included.
    super(
      `The expanded size of the tensor (${targetSizes[dim]}) must match the existing size ` +
        `(${tensorSizes[dim]}) at non-singleton dimension ${dim}.  ` +
        `Target sizes: [${targetSizes.join(", ")}].  Tensor sizes: [${tensorSizes.join(", ")}]`,
    );
  }
}

/** What each dtype does after every operation, and where it stores its numbers. */
const DTYPES = {
  // PyTorch rounds every float32 result before the next operation sees it.
  float32: { round: Math.fround, array: Float32Array },
  // Python's float is a float64 already: nothing to round.
  float64: { round: (x: number) => x, array: Float64Array },
} satisfies Record<Dtype, { round: (x: number) => number; array: unknown }>;

/**
 * One frequency per (sin, cos) pair, `exp(2i · -(ln 10000 / dModel))`, in the given dtype:
 * `divTerm(8, "float64") // ≈ [1, 0.1, 0.01, 0.001]`.
 */
export function divTerm(dModel: number, dtype: "float32"): Float32Array;
export function divTerm(dModel: number, dtype: "float64"): Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array;
export function divTerm(dModel: number, dtype: Dtype): Float32Array | Float64Array {
  const { round, array } = DTYPES[dtype];
  // `-math.log(10000.0) / d_model` is a Python float; times a float32 tensor, PyTorch first
  // rounds it to a float32 scalar.
  const scale = round(-Math.log(10000) / dModel);
  // arange(0, d_model, 2).float() * scale, then exp: each result rounded before the next step.
  return new array(Math.ceil(dModel / 2)).map((_, i) => round(Math.exp(round(2 * i * scale))));
}

/**
 * The seed's table: row `pos`, column `2i` is `sin(pos · div[i])`, column `2i + 1` is
 * `cos(pos · div[i])`. `positionalEncoding(2, 4, "float64")[0] // [0, 1, 0, 1]`.
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
  checkSizes(maxLen, dModel);
  const { round, array } = DTYPES[dtype];
  const div = divTerm(dModel, dtype);
  return Array.from({ length: maxLen }, (_, pos) =>
    new array(dModel).map((_, j) => {
      // position * div_term is a float32 product in PyTorch; sin and cos are float32 kernels
      // there, while here they run in float64 and are rounded once (see the README).
      const angle = round(pos * (div[Math.floor(j / 2)] ?? Number.NaN));
      return round(j % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    }),
  );
}

function checkSizes(maxLen: number, dModel: number): void {
  for (const size of [maxLen, dModel]) {
    // Python's range(2.5) raises this; a JS loop would just run three times.
    if (!Number.isInteger(size)) {
      throw new TypeError("'float' object cannot be interpreted as an integer");
    }
    if (size < 0) {
      throw new RangeError(
        `Trying to create tensor with negative dimension ${size}: [${maxLen}, ${dModel}]`,
      );
    }
  }
  // pe[:, 1::2] has floor(d/2) columns, cos(position * div_term) has ceil(d/2). PyTorch may
  // stretch a single column (d_model = 1), and refuses anything else that differs.
  const target = Math.floor(dModel / 2);
  const existing = Math.ceil(dModel / 2);
  if (existing !== target && existing !== 1) {
    throw new ExpandError(1, [maxLen, target], [maxLen, existing]);
  }
}

/**
 * How many float32 values apart two numbers are, once each is rounded to float32:
 * `ulpsBetween(1, 1 + 2 ** -23) // 1`, `ulpsBetween(-0, 0) // 0`.
 */
export function ulpsBetween(a: number, b: number): number {
  return Math.abs(ordered(a) - ordered(b));
}

/** The float32 nearest x as an integer that counts the floats in order: neighbours differ by 1. */
function ordered(x: number): number {
  if (Number.isNaN(x)) throw new RangeError("NaN is not a number on the float32 line");
  const f = Math.fround(x);
  // Python's struct.pack("f", 1e39) raises OverflowError; Math.fround(1e39) is Infinity.
  if (Number.isFinite(x) && !Number.isFinite(f)) {
    throw new RangeError("float too large to pack with f format");
  }
  // Python: struct.unpack("<i", struct.pack("<f", x)). JS: write a float32, read an int32.
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, f);
  const bits = view.getInt32(0);
  // Negative floats have the sign bit set, so their int32 is negative and runs backwards:
  // mirror it, which also puts -0 and +0 on the same integer.
  return bits < 0 ? -(bits & 0x7fffffff) : bits;
}

/**
 * Per entry, the ulps between the float32 table and the float64 table:
 * `ulpError(2000, 8)[1999] // [0, 0, 40, 188, 1, 7, 2, 5]`.
 */
export function ulpError(maxLen: number, dModel: number): number[][] {
  const exact = positionalEncoding(maxLen, dModel, "float64").flatMap((row) => Array.from(row));
  return positionalEncoding(maxLen, dModel, "float32").map((row, pos) =>
    Array.from(row, (x, j) => ulpsBetween(x, exact[pos * dModel + j] ?? Number.NaN)),
  );
}

/** The lines `original.py` prints, in order: `demo()[0] // "div_term(8): [1.000000, ...]"`. */
export function demo(): string[] {
  const pe = positionalEncoding(50, 8, "float64");
  const pe32 = positionalEncoding(50, 8, "float32");
  const at = (table: readonly ArrayLike<number>[], pos: number) => Array.from(table[pos] ?? []);
  const pairs = pe32.flatMap((row) =>
    Array.from({ length: row.length / 2 }, (_, i) => [row[2 * i] ?? 0, row[2 * i + 1] ?? 0]),
  );
  const worst = Math.max(...pairs.map(([s = 0, c = 0]) => Math.abs(s * s + c * c - 1)));
  const errors = ulpError(2000, 8);
  const columns = Array.from({ length: 8 }, (_, j) =>
    Math.max(...errors.map((row) => row[j] ?? 0)),
  );
  const lines = [
    `div_term(8): ${fixed(divTerm(8, "float64"))}`,
    `div_term(8), float32: [${Array.from(divTerm(8, "float32"), (x) => `'${pyRepr(x)}'`).join(", ")}]`,
    ...[0, 1, 2, 49].map((pos) => `pe[${pos}]: ${fixed(at(pe, pos), 4)}`),
    `pe32[0]: ${pyList(at(pe32, 0))}`,
    `pe32[1][:2]: ${pyList(at(pe32, 1).slice(0, 2))} vs float64 ${fixed(at(pe, 1).slice(0, 2), 16)}`,
    `pe32[49][2]: ${pyRepr(at(pe32, 49)[2] ?? 0)} vs float64 ${(at(pe, 49)[2] ?? 0).toFixed(16)}`,
    `float32 sin^2 + cos^2 - 1, worst: ${pyExponent(worst, 3)}`,
    `ulps: ${[ulpsBetween(1, 1.0000001), ulpsBetween(1, 2), ulpsBetween(-0, 0), ulpsBetween(-1e-45, 1e-45)].join(" ")}`,
    `worst ulps per column, positions 0-1999: [${columns.join(", ")}]`,
    `pe32[1999]: ${fixed(at(positionalEncoding(2000, 8, "float32"), 1999))} vs float64 ${fixed(at(positionalEncoding(2000, 8, "float64"), 1999))}`,
  ];
  for (const dModel of [5, 3]) {
    try {
      positionalEncoding(10, dModel, "float64");
    } catch (error) {
      // Python names the class RuntimeError; ours is an ExpandError with the same text.
      if (!(error instanceof ExpandError)) throw error;
      lines.push(`d_model=${dModel}: RuntimeError: ${error.message}`);
    }
  }
  lines.push(`d_model=1: [${positionalEncoding(3, 1, "float32").map(pyList).join(", ")}]`);
  try {
    ulpsBetween(1, 1e39);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    lines.push(`OverflowError: ${error.message}`);
  }
  return lines;
}

/** Python's f"{x:.{digits}f}" for each x; toFixed agrees except on exact ties, and none occur here. */
function fixed(values: ArrayLike<number>, digits = 6): string {
  return `[${Array.from(values, (x) => x.toFixed(digits)).join(", ")}]`;
}

/** Python's repr of a float in [1e-4, 1e16), the only ones printed here: `1.0`, not JS's `1`. */
function pyRepr(x: number): string {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

/** Python's f"{x:.{digits}e}": an exponent of at least two digits. */
function pyExponent(x: number, digits: number): string {
  return x.toExponential(digits).replace(/e([+-])(\d)$/, "e$10$2");
}

function pyList(values: ArrayLike<number>): string {
  return `[${Array.from(values, pyRepr).join(", ")}]`;
}
