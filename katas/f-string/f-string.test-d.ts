import { expectTypeOf } from "vitest";
import { demo, f } from "#kata/f-string";

// f is a tag: the literal parts arrive as a TemplateStringsArray, the values as unknown (any JS
// value stands for a Python value), and the result is a string.
expectTypeOf(f).parameters.toEqualTypeOf<[strings: TemplateStringsArray, ...values: unknown[]]>();
expectTypeOf(f).returns.toEqualTypeOf<string>();
expectTypeOf(f`Pi: ${2.5}{:.2f}`).toEqualTypeOf<string>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// Any value may be interpolated, as any Python object may appear in an f-string.
expectTypeOf(f`${null}${undefined}${1n}${[1, "a"]}${{ a: 1 }}${Symbol.iterator}`).toBeString();

// @ts-expect-error: f is a tag, not a function of a string: f("Pi: {pi}") has no values to put in.
f("Pi: {pi}");

// @ts-expect-error: an array of parts is not a TemplateStringsArray: it lacks the raw parts.
f(["Pi: ", ""], 2.5);

// A TemplateStringsArray built at run time is accepted: parts plus their raw text.
f(Object.assign(["Pi: ", "{:.2f}"], { raw: ["Pi: ", "{:.2f}"] }), 2.5);
