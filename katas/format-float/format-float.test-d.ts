import { expectTypeOf } from "vitest";
import { demo, formatFloat, reprFloat } from "#kata/format-float";

// formatFloat takes a number (every number is a float here) and an optional spec.
expectTypeOf(formatFloat).parameters.toEqualTypeOf<[x: number, spec?: string]>();
expectTypeOf(formatFloat).returns.toEqualTypeOf<string>();
expectTypeOf(reprFloat).parameters.toEqualTypeOf<[x: number]>();
expectTypeOf(reprFloat).returns.toEqualTypeOf<string>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// @ts-expect-error: a str is format-text's, not a float.
formatFloat("1.5", ".2f");
// @ts-expect-error: a bigint is an int; format-spec turns it into a float first (float(n)).
formatFloat(5n, ".2f");
// @ts-expect-error: the spec is a string, not a precision.
formatFloat(1.5, 2);
