// Mistake: broadcasting by recycling the smaller operand's flat data, `small[k % small.length]`.
// It works for a number and for a 1×n row, and silently multiplies the wrong entries for an
// m×1 column (and for shapes that should be refused).
export * from "../hadamard.ts";

import { Matrix } from "../hadamard.ts";

export function multiply(a: Matrix, b: Matrix | number): Matrix;
export function multiply(a: number, b: Matrix): Matrix;
export function multiply(a: Matrix | number, b: Matrix | number): Matrix {
  const big =
    typeof a === "number" ? b : typeof b === "number" ? a : a.data.length >= b.data.length ? a : b;
  if (typeof big === "number") throw new TypeError("multiply needs a Matrix");
  const flat = (m: Matrix | number): ArrayLike<number> => (typeof m === "number" ? [m] : m.data);
  const [x, y] = [flat(a), flat(b)];
  const data = Array.from(
    { length: big.data.length },
    (_, k) => (x[k % x.length] ?? Number.NaN) * (y[k % y.length] ?? Number.NaN),
  );
  return new Matrix(big.rows, big.cols, data);
}
