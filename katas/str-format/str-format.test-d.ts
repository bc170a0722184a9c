import { expectTypeOf } from "vitest";
import type { PyError } from "#kata/format-spec";
import { demo, strFormat } from "#kata/str-format";

// strFormat mirrors template.format(*args, **kwargs): a template, an array, a record of keywords.
expectTypeOf(strFormat).parameters.toEqualTypeOf<
  [template: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>]
>();
expectTypeOf(strFormat).returns.toEqualTypeOf<string>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// Any values may be passed; the arrays and records the caller owns are not changed.
const frozen = Object.freeze(["Alice", 30] as const);
expectTypeOf(strFormat("{} {}", frozen)).toBeString();
expectTypeOf(strFormat("{name}", [], { name: "Alice" } as const)).toBeString();

// @ts-expect-error: the arguments are one array, not spread like Python's *args.
strFormat("{} {}", "Alice", 30);
// @ts-expect-error: keywords are a plain record; a Map is not a Python dict here.
strFormat("{name}", [], new Map([["name", "Alice"]]));

// A missing attribute is a PyError like every other Python exception here.
expectTypeOf<"AttributeError">().toExtend<PyError["pyType"]>();
