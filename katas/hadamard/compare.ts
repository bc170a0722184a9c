// `kata compare hadamard` drives your module and the reference with the same generated operands
// (matrices of small shapes, or plain numbers) and shows the first pair they treat differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/hadamard");
type Operand = number | { readonly rows: number; readonly cols: number; readonly data: number[] };

const value = fc.integer({ min: -20, max: 20 });
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      data: fc.array(value, { minLength: rows * cols, maxLength: rows * cols }),
    }),
  );
const operand: fc.Arbitrary<Operand> = fc.oneof(value, matrix, matrix);

/** A value, or the thrown error's class and message, so one throw does not hide the rest. */
function attempt(action: () => unknown): unknown {
  try {
    return action();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

export default {
  input: fc
    .tuple(operand, operand)
    .filter(([a, b]) => typeof a !== "number" || typeof b !== "number"),
  observe: ({ Matrix, multiply, hadamard }, [a, b]) => {
    const toMatrix = (o: Exclude<Operand, number>) => new Matrix(o.rows, o.cols, o.data);
    const toRows = (o: Exclude<Operand, number>) => toMatrix(o).toRows();
    const product = () => {
      if (typeof a === "number") return typeof b === "number" ? [] : multiply(a, toMatrix(b));
      return multiply(toMatrix(a), typeof b === "number" ? b : toMatrix(b));
    };
    return {
      multiply: attempt(() => {
        const m = product();
        return Array.isArray(m) ? m : { shape: m.shape, rows: m.toRows() };
      }),
      hadamard:
        typeof a === "number" || typeof b === "number"
          ? null
          : attempt(() => hadamard(toRows(a), toRows(b))),
    };
  },
} satisfies Differential<Kata, readonly [Operand, Operand]>;
