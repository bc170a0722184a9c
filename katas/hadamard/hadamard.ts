// Hadamard kata: port the element-wise matrix product of original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test hadamard`. Replace each `throw` with your code.

/** A matrix as nested arrays, row after row: `[[1, 2, 3], [4, 5, 6]]` has shape [2, 3]. */
export type Rows = readonly (readonly number[])[];

/** An array's shape as NumPy gives it: `[2, 3]` for a 2×3 matrix, `[3]` for a vector, `[]` for a number. */
export type Shape = readonly number[];

/** A shape or size that cannot work: NumPy's ValueError. Given; `BroadcastError` extends it. */
export class ShapeError extends Error {
  override readonly name: string = "ShapeError";
}

/**
 * Two shapes that do not fit, carrying the shapes as data. Its message is NumPy's, to the
 * character: `new BroadcastError([[2, 3], [3, 2]]).message` is
 * `"operands could not be broadcast together with shapes (2,3) (3,2) "` (mind the last space).
 */
export class BroadcastError extends ShapeError {
  override readonly name = "BroadcastError";

  constructor(readonly shapes: readonly Shape[]) {
    // TODO step 1 (nested): pass NumPy's message to super(...), built from the shapes.
    super();
    throw new Error("TODO step 1 (nested): implement the BroadcastError message");
  }
}

/**
 * `[rows, cols]` of nested rows; `[]` is 0×0. Rows of different lengths throw a ShapeError
 * with NumPy's message (see the README).
 */
export function shapeOf(rows: Rows): [rows: number, cols: number] {
  // TODO step 1 (nested)
  throw new Error("TODO step 1 (nested): implement shapeOf");
}

/** `C[i][j] = A[i][j] * B[i][j]` for two matrices of one shape, as new arrays. */
export function hadamard(a: Rows, b: Rows): number[][] {
  // TODO step 1 (nested)
  throw new Error("TODO step 1 (nested): implement hadamard");
}

/** A float64 matrix stored flat, row after row, in one Float64Array, as NumPy stores an array. */
export class Matrix {
  /** The entries, row-major: entry (i, j) is `data[i * cols + j]`. */
  readonly data: Float64Array;

  /** Copies `data`; its length must be `rows * cols`, or a ShapeError says NumPy's reshape message. */
  constructor(
    readonly rows: number,
    readonly cols: number,
    data: ArrayLike<number>,
  ) {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement the Matrix constructor");
  }

  /** A matrix from nested rows: `Matrix.from([[1, 2], [3, 4]]).shape // [2, 2]`. */
  static from(rows: Rows): Matrix {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement Matrix.from");
  }

  /** `[rows, cols]`, NumPy's `a.shape`. */
  get shape(): [rows: number, cols: number] {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement Matrix.shape");
  }

  /** Entry (i, j); negative indices count from the end; anything out of bounds is a RangeError. */
  get(i: number, j: number): number {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement Matrix.get");
  }

  /** Nested plain arrays, NumPy's `a.tolist()`. */
  toRows(): number[][] {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement Matrix.toRows");
  }

  /** The Hadamard product with a matrix of the same shape, as a new Matrix. */
  hadamard(other: Matrix): Matrix {
    // TODO step 2 (matrix)
    throw new Error("TODO step 2 (matrix): implement Matrix.hadamard");
  }
}

/** NumPy's broadcasting rule on two shapes: `broadcastShapes([3], [4, 1]) // [4, 3]`. */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  // TODO step 3 (broadcast)
  throw new Error("TODO step 3 (broadcast): implement broadcastShapes");
}

/** NumPy's `a * b` for a matrix and a matrix or a number, with broadcasting. */
export function multiply(a: Matrix, b: Matrix | number): Matrix;
export function multiply(a: number, b: Matrix): Matrix;
export function multiply(a: Matrix | number, b: Matrix | number): Matrix {
  // TODO step 3 (broadcast)
  throw new Error("TODO step 3 (broadcast): implement multiply");
}

/** The lines original.py prints, in order. */
export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
