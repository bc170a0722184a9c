import { expectTypeOf } from "vitest";
import type { PyError } from "#kata/format-spec";
import { demo, percentFormat } from "#kata/percent-format";

// The template is a str; the right operand is any JS value standing for a Python value.
expectTypeOf(percentFormat).parameters.toEqualTypeOf<[template: string, values: unknown]>();
expectTypeOf(percentFormat).returns.toEqualTypeOf<string>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// A readonly tuple and a readonly mapping are accepted as they are.
const row = ["Alice", 30] as const;
const person: Readonly<Record<string, unknown>> = { name: "Alice" };
expectTypeOf(percentFormat("%s is %d", row) + percentFormat("%(name)s", person)).toBeString();

// @ts-expect-error: Python's % needs a right operand; pass [] for an empty tuple.
percentFormat("100%% sure");
// @ts-expect-error: the template must be a string, as `42 % x` is arithmetic in Python.
percentFormat(42, [1]);

// Errors are format-spec's PyError, so `instanceof PyError` and `pyType` work across katas.
expectTypeOf<PyError["pyType"]>().toExtend<string>();
