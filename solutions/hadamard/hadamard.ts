/** A matrix as nested arrays, row after row: `[[1, 2, 3], [4, 5, 6]]` has shape [2, 3]. */
export type Rows = readonly (readonly number[])[];

/** An array's shape as NumPy gives it: `[2, 3]` for a 2×3 matrix, `[3]` for a vector, `[]` for a number. */
export type Shape = readonly number[];

/**
 * A shape or size that cannot work, as NumPy's ValueError. Python code catches `ValueError`;
 * here `catch (e) { if (e instanceof ShapeError) ... }` catches this one and its subclass.
 */
export class ShapeError extends Error {
  override readonly name: string = "ShapeError";
}

/**
 * Two shapes that do not fit, with NumPy's exact text and the shapes as data:
 * `new BroadcastError([[2, 3], [3, 2]]).message // "operands could not ... shapes (2,3) (3,2) "`.
 */
export class BroadcastError extends ShapeError {
  override readonly name = "BroadcastError";

  constructor(readonly shapes: readonly Shape[]) {
    // NumPy writes a space after every shape, so its message ends with one.
    super(
      `operands could not be broadcast together with shapes ${shapes.map((s) => `${shapeText(s)} `).join("")}`,
    );
  }
}

/** NumPy's compact shape text, without Python's spaces: `(2,3)`, `(3,)`, `()`. */
function shapeText(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/**
 * The shape of nested rows; `[]` counts as 0×0, and ragged rows are refused as NumPy refuses them:
 * `shapeOf([[1, 2, 3], [4, 5, 6]]) // [2, 3]`.
 */
export function shapeOf(rows: Rows): [rows: number, cols: number] {
  const cols = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== cols)) {
    throw new ShapeError(
      "setting an array element with a sequence. The requested array has an inhomogeneous " +
        `shape after 1 dimensions. The detected shape was (${rows.length},) + inhomogeneous part.`,
    );
  }
  return [rows.length, cols];
}

/**
 * The seed's product, `C[i][j] = A[i][j] * B[i][j]`, for two matrices of one shape:
 * `hadamard([[1, 2]], [[3, 4]]) // [[3, 8]]`.
 */
export function hadamard(a: Rows, b: Rows): number[][] {
  const [shapeA, shapeB] = [shapeOf(a), shapeOf(b)];
  // Python compares tuples by value with `!=`; two JS arrays are never `===` unless they are one
  // array, so compare the sizes.
  if (shapeA[0] !== shapeB[0] || shapeA[1] !== shapeB[1])
    throw new BroadcastError([shapeA, shapeB]);
  // Read b as NumPy stores it, flat and row after row. Map over a, so the result is a new array
  // of new rows and the caller's arrays are never written to.
  const flatB = b.flat();
  const cols = shapeA[1];
  return a.map((row, i) => row.map((x, j) => x * (flatB[i * cols + j] ?? Number.NaN)));
}

/**
 * A float64 matrix stored flat, row after row, in one Float64Array, as NumPy stores an array:
 * `new Matrix(2, 3, [1, 2, 3, 4, 5, 6]).get(1, 0) // 4`.
 */
export class Matrix {
  /** The entries, row-major: entry (i, j) is `data[i * cols + j]`. Fixed-size, float64 only. */
  readonly data: Float64Array;

  constructor(
    readonly rows: number,
    readonly cols: number,
    data: ArrayLike<number>,
  ) {
    if (data.length !== rows * cols) {
      throw new ShapeError(
        `cannot reshape array of size ${data.length} into shape ${shapeText([rows, cols])}`,
      );
    }
    // Float64Array.from copies, so the caller's array can change later without changing this one.
    this.data = Float64Array.from(data);
  }

  /** A matrix from nested rows: `Matrix.from([[1, 2], [3, 4]]).shape // [2, 2]`. */
  static from(rows: Rows): Matrix {
    const [m, n] = shapeOf(rows);
    return new Matrix(m, n, rows.flat());
  }

  /** `[rows, cols]`, NumPy's `a.shape`: `Matrix.from([[1, 2, 3]]).shape // [1, 3]`. */
  get shape(): [rows: number, cols: number] {
    return [this.rows, this.cols];
  }

  /**
   * Entry (i, j); negative indices count from the end as in NumPy: `m.get(-1, -1)`. A flat array
   * would quietly answer `get(0, 3)` with an entry of the next row, so each index is checked.
   */
  get(i: number, j: number): number {
    return this.data[index(i, this.rows, 0) * this.cols + index(j, this.cols, 1)] ?? Number.NaN;
  }

  /** Nested rows, NumPy's `a.tolist()`: `new Matrix(1, 2, [1, 2]).toRows() // [[1, 2]]`. */
  toRows(): number[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)),
    );
  }

  /** The product of two matrices of one shape: `a.hadamard(b).get(i, j) === a.get(i, j) * b.get(i, j)`. */
  hadamard(other: Matrix): Matrix {
    if (this.rows !== other.rows || this.cols !== other.cols) {
      throw new BroadcastError([this.shape, other.shape]);
    }
    return new Matrix(
      this.rows,
      this.cols,
      this.data.map((x, k) => x * (other.data[k] ?? Number.NaN)),
    );
  }
}

function index(i: number, size: number, axis: number): number {
  const k = i < 0 ? i + size : i;
  if (!Number.isInteger(i) || k < 0 || k >= size) {
    throw new RangeError(`index ${i} is out of bounds for axis ${axis} with size ${size}`);
  }
  return k;
}

/**
 * NumPy's broadcasting rule: align the shapes on the right, and each pair of sizes must be equal
 * or contain a 1: `broadcastShapes([2, 3], [1, 3]) // [2, 3]`, `broadcastShapes([3], [4, 1]) // [4, 3]`.
 */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, k) => {
    // A missing dimension on the left counts as 1.
    const x = a[k - n + a.length] ?? 1;
    const y = b[k - n + b.length] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new BroadcastError([a, b]);
    return x === 1 ? y : x;
  });
}

/**
 * NumPy's `a * b` for matrices and numbers: a number has shape `[]`, a 1×n row is repeated down
 * and an m×1 column across: `multiply(Matrix.from([[1, 2]]), 10).toRows() // [[10, 20]]`.
 */
export function multiply(a: Matrix, b: Matrix | number): Matrix;
export function multiply(a: number, b: Matrix): Matrix;
export function multiply(a: Matrix | number, b: Matrix | number): Matrix {
  const shape = (m: Matrix | number): Shape => (typeof m === "number" ? [] : m.shape);
  const [rows = 1, cols = 1] = broadcastShapes(shape(a), shape(b));
  // A size-1 axis is read at index 0 whatever the output index: that is the broadcast.
  const entry = (m: Matrix | number, i: number, j: number): number =>
    typeof m === "number" ? m : m.get(m.rows === 1 ? 0 : i, m.cols === 1 ? 0 : j);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) data[i * cols + j] = entry(a, i, j) * entry(b, i, j);
  }
  return new Matrix(rows, cols, data);
}

/** The lines `original.py` prints, in order: `demo()[0] // "[[7, 16, 27], [40, 55, 72]]"`. */
export function demo(): string[] {
  const a = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const b = [
    [7, 8, 9],
    [10, 11, 12],
  ];
  const m = Matrix.from(a);
  const product = hadamard(a, [
    [1, 1, 1],
    [1, 1, 1],
  ]);
  return [
    pyList(hadamard(a, b), String),
    // Python's == compares lists by value and `is` compares identity, like JS's ===.
    [rowsEqual(product, a), product === a, rowsEqual(hadamard(a, a), a)].map(pyBool).join(" "),
    refused(() =>
      hadamard(a, [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ),
    refused(() => shapeOf([[1, 2], [3]])),
    pyList(hadamard([], []), String),
    pyList(Array.from(m.data), pyFloat),
    pyList(m.hadamard(Matrix.from(b)).toRows(), pyFloat),
    refused(() => new Matrix(2, 3, [1, 2, 3, 4, 5])),
    // Python keeps 2**53 + 1 exact as an int; as a float64 it rounds, in both languages.
    pyList(Matrix.from([[2 ** 53 + 1]]).toRows(), pyFloat),
    pyList(multiply(m, 0.5).toRows(), pyFloat),
    pyList(multiply(m, Matrix.from([[10, 100, 1000]])).toRows(), pyFloat),
    pyList(multiply(Matrix.from([[1], [-1]]), m).toRows(), pyFloat),
    pyList(multiply(Matrix.from([[0.1, 0.2, 0.3]]), 3).toRows(), pyFloat),
    [broadcastShapes([2, 3], [1, 3]), broadcastShapes([3], [4, 1]), broadcastShapes([], [2])]
      .map(pyTuple)
      .join(" "),
    refused(() => broadcastShapes([2, 3], [2])),
    refused(() =>
      multiply(
        m,
        Matrix.from([
          [1, 2],
          [3, 4],
        ]),
      ),
    ),
    pyList(
      Matrix.from([[1, 0, 0.5, 1]])
        .hadamard(Matrix.from([[0.8, -1.5, 2, 0.25]]))
        .toRows(),
      pyFloat,
    ),
  ];
}

function refused(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    // The messages hold no quotes or backslashes, so Python's repr is the text in single quotes.
    if (error instanceof ShapeError) return `ValueError: '${error.message}'`;
    throw error;
  }
  return "no error";
}

/** Python's repr of a float within 1e-4 ≤ |x| < 1e16: `1.0`, not JS's `1`; `-0.0`, not `0`. */
function pyFloat(x: number): string {
  if (Object.is(x, -0)) return "-0.0";
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

function pyList(items: readonly unknown[], repr: (x: number) => string): string {
  const item = (x: unknown): string => (Array.isArray(x) ? pyList(x, repr) : repr(Number(x)));
  return `[${items.map(item).join(", ")}]`;
}

function pyTuple(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

function pyBool(b: boolean): string {
  return b ? "True" : "False";
}

function rowsEqual(a: Rows, b: Rows): boolean {
  // The rows hold small finite numbers only, so their JSON text is their value.
  return JSON.stringify(a) === JSON.stringify(b);
}
