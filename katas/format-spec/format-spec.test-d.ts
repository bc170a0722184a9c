import { expectTypeOf } from "vitest";
import {
  demo,
  format,
  PyError,
  type PyErrorType,
  type PyFloat,
  pyFloat,
  repr,
  str,
} from "#kata/format-spec";

// format, repr and str take any JS value (it stands for a Python value) and return a string.
expectTypeOf(format).parameters.toEqualTypeOf<[value: unknown, spec?: string]>();
expectTypeOf(format).returns.toEqualTypeOf<string>();
expectTypeOf(repr).returns.toEqualTypeOf<string>();
expectTypeOf(str).returns.toEqualTypeOf<string>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// pyType is the union of the Python exception names, and cannot be changed after the fact.
expectTypeOf<PyError["pyType"]>().toEqualTypeOf<
  | "ValueError"
  | "TypeError"
  | "KeyError"
  | "IndexError"
  | "OverflowError"
  | "SyntaxError"
  | "AttributeError"
>();
expectTypeOf<PyErrorType>().toEqualTypeOf<PyError["pyType"]>();
expectTypeOf(new PyError("KeyError", "'x'")).toExtend<Error>();
// @ts-expect-error: RuntimeError is not one of the exception names this kata raises.
new PyError("RuntimeError", "boom");
// @ts-expect-error: pyType is readonly.
new PyError("ValueError", "x").pyType = "TypeError";

// pyFloat marks a number as a float; a plain number is not a PyFloat.
expectTypeOf(pyFloat(1)).toEqualTypeOf<PyFloat>();
expectTypeOf<number>().not.toExtend<PyFloat>();
// @ts-expect-error: a plain number is not a PyFloat, call pyFloat(1).
const one: PyFloat = 1;
// @ts-expect-error: a look-alike object is not a PyFloat either: the brand is a private symbol.
const fake: PyFloat = { value: 1 };
expectTypeOf(format(one) + format(fake)).toBeString();
