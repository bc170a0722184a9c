import { expectTypeOf } from "vitest";
import {
  type Dtype,
  divTerm,
  ExpandError,
  positionalEncoding,
  ulpError,
  ulpsBetween,
} from "#kata/positional-encoding";

// The dtype is a literal, and the overloads turn it into the element type of the result:
// Python's `float32=True` flag cannot tell a caller what comes back.
expectTypeOf(positionalEncoding(4, 8, "float32")).toEqualTypeOf<Float32Array[]>();
expectTypeOf(positionalEncoding(4, 8, "float64")).toEqualTypeOf<Float64Array[]>();
expectTypeOf(divTerm(8, "float32")).toEqualTypeOf<Float32Array>();
expectTypeOf(divTerm(8, "float64")).toEqualTypeOf<Float64Array>();
// A dtype only known at run time gives either kind of table.
declare const dtype: Dtype;
expectTypeOf(positionalEncoding(4, 8, dtype)).toEqualTypeOf<Float32Array[] | Float64Array[]>();

// @ts-expect-error: there is no float16 here (PyTorch has one; JavaScript has no Float16Array in ES2023).
positionalEncoding(4, 8, "float16");
// @ts-expect-error: the dtype is required: no silent default between Python's float64 and PyTorch's float32.
positionalEncoding(4, 8);
// @ts-expect-error: sizes are numbers, not strings.
positionalEncoding("4", 8, "float32");

expectTypeOf(ulpsBetween(1, 2)).toEqualTypeOf<number>();
expectTypeOf(ulpError(4, 8)).toEqualTypeOf<number[][]>();

// The error carries PyTorch's sizes as read-only data.
expectTypeOf<ExpandError>().toExtend<Error>();
const error = new ExpandError(1, [10, 2], [10, 3]);
expectTypeOf(error.targetSizes).toEqualTypeOf<readonly number[]>();
// @ts-expect-error: the sizes an error carries cannot be changed.
error.targetSizes.push(4);
// @ts-expect-error: nor replaced.
error.dim = 0;
