import { expectTypeOf } from "vitest";
import {
  BroadcastError,
  broadcastShapes,
  hadamard,
  Matrix,
  multiply,
  type Rows,
  type Shape,
  type ShapeError,
  shapeOf,
} from "#kata/hadamard";

// Inputs are read-only: a constant matrix goes in, and a fresh, mutable array comes out.
const fixed = [
  [1, 2],
  [3, 4],
] as const;
expectTypeOf(fixed).toExtend<Rows>();
expectTypeOf(hadamard(fixed, fixed)).toEqualTypeOf<number[][]>();
// @ts-expect-error: entries are numbers. Python's `"3" * 2` is "33", and this would not be caught.
hadamard([["3"]], [[2]]);

// A shape is a pair for nested rows, any length for broadcasting.
expectTypeOf(shapeOf(fixed)).toEqualTypeOf<[rows: number, cols: number]>();
expectTypeOf(broadcastShapes).parameters.toEqualTypeOf<[Shape, Shape]>();
expectTypeOf(broadcastShapes([2, 3], [3])).toEqualTypeOf<number[]>();

// A Matrix holds float64 numbers only.
const m = new Matrix(2, 2, [1, 2, 3, 4]);
expectTypeOf(m.data).toExtend<Float64Array>();
expectTypeOf(m.shape).toEqualTypeOf<[rows: number, cols: number]>();
new Matrix(1, 2, Float64Array.of(1, 2));
// @ts-expect-error: a bigint is not a number; `new Float64Array([1n])` throws TypeError at run time.
new Matrix(1, 1, [1n]);
// @ts-expect-error: a string is not a number; `Float64Array.of("3")` would silently store 3.
new Matrix(1, 1, ["3"]);
// @ts-expect-error: the fields are read-only; a reshape is a new Matrix.
m.rows = 4;
// @ts-expect-error: the field is read-only (its entries are not: a typed array cannot be frozen).
m.data = new Float64Array(4);

// multiply takes a matrix on at least one side, and always gives a matrix.
expectTypeOf(multiply(m, 2)).toEqualTypeOf<Matrix>();
expectTypeOf(multiply(2, m)).toEqualTypeOf<Matrix>();
expectTypeOf(multiply(m, m)).toEqualTypeOf<Matrix>();
// @ts-expect-error: two numbers are not a matrix product: write 2 * 3.
multiply(2, 3);
// @ts-expect-error: nested rows are not a Matrix: use Matrix.from(rows).
multiply(fixed, 2);

// The errors form a family, like Python's: catch ShapeError to catch both.
expectTypeOf<BroadcastError>().toExtend<ShapeError>();
expectTypeOf<ShapeError>().toExtend<Error>();
expectTypeOf(new BroadcastError([[2, 3], [3]]).shapes).toEqualTypeOf<readonly Shape[]>();
// @ts-expect-error: the shapes an error carries cannot be replaced.
new BroadcastError([[1], [2]]).shapes = [];
