import { expectTypeOf } from "vitest";
import {
  type Align,
  codePointLength,
  demo,
  type FormatSpec,
  format,
  formatStr,
  PyError,
  type PyErrorType,
  pad,
  parseSpec,
} from "#kata/format-text";

// format takes a str (a JS string) and an optional spec, and returns a string.
expectTypeOf(format).parameters.toEqualTypeOf<[text: string, spec?: string]>();
expectTypeOf(format).returns.toEqualTypeOf<string>();
expectTypeOf(codePointLength).returns.toEqualTypeOf<number>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();
// @ts-expect-error: format-text formats a str; numbers are format-int's and format-float's.
format(42, "d");

// parseSpec takes the alignment as one of the four characters, and gives a FormatSpec.
expectTypeOf(parseSpec).returns.toEqualTypeOf<FormatSpec>();
expectTypeOf<Align>().toEqualTypeOf<"<" | ">" | "=" | "^">();
// @ts-expect-error: "|" is not an alignment.
parseSpec("5", "s", "|", "str");
const spec = parseSpec("*^5", "s", "<", "str");
// @ts-expect-error: a parsed spec cannot be changed after the fact.
spec.width = 10;
expectTypeOf(pad("ab", 2, spec) + formatStr("ab", spec)).toBeString();
// A spec built by hand needs every field.
// @ts-expect-error: precision, type and the other fields are missing.
pad("ab", 2, { fill: "*", align: "^", width: 5 });

// pyType is the union of the Python exception names, and cannot be changed after the fact.
expectTypeOf<PyError["pyType"]>().toEqualTypeOf<PyErrorType>();
expectTypeOf(new PyError("ValueError", "x")).toExtend<Error>();
// @ts-expect-error: RuntimeError is not one of the exception names the formatting katas raise.
new PyError("RuntimeError", "boom");
// @ts-expect-error: pyType is readonly.
new PyError("ValueError", "x").pyType = "TypeError";
