import { expectTypeOf } from "vitest";
import {
  type Attention,
  attention,
  fsum,
  type Matrix,
  matmul,
  multiHeadAttention,
  ShapeError,
  softmax,
} from "#kata/self-attention";

// Inputs are read-only, so constant matrices go in; results are fresh arrays.
const x = [
  [1, 0],
  [0, 1],
] as const;
expectTypeOf(x).toExtend<Matrix>();
expectTypeOf(matmul(x, x)).toEqualTypeOf<number[][]>();
expectTypeOf(softmax([1, 2, 3])).toEqualTypeOf<number[]>();
expectTypeOf(attention(x, x, x)).toEqualTypeOf<Attention>();

// fsum takes any iterable of numbers, as Python's does.
fsum(new Set([0.1, 0.2]));
fsum([0.1, 0.2].values());
// @ts-expect-error: numbers only; Python's fsum(["1"]) raises TypeError when it meets the string.
fsum(["1"]);

// The mask is a named option, spelt one way.
attention(x, x, x, { causal: true });
// @ts-expect-error: a bare boolean says nothing at the call site; write { causal: true }.
attention(x, x, x, true);
// @ts-expect-error: a misspelt option is caught: "casual" is not "causal".
attention(x, x, x, { casual: true });

// All four projections are required, and the result keeps one weight matrix per head.
const w = { wq: x, wk: x, wv: x, wo: x };
expectTypeOf(multiHeadAttention(x, w, 1).weights).toEqualTypeOf<number[][][]>();
// @ts-expect-error: the output projection is missing.
multiHeadAttention(x, { wq: x, wk: x, wv: x }, 1);
// @ts-expect-error: the number of heads is a number.
multiHeadAttention(x, w, "2");

// The result's fields are read-only.
// @ts-expect-error: the weights of a result cannot be replaced.
attention(x, x, x).weights = [];

// The error carries the two shapes, each a pair.
expectTypeOf<ShapeError>().toExtend<Error>();
expectTypeOf(new ShapeError([3, 4], [2, 3]).left).toEqualTypeOf<readonly [number, number]>();
// @ts-expect-error: a matrix shape has two sizes.
new ShapeError([3, 4, 5], [2, 3]);
