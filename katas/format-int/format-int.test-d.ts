import { expectTypeOf } from "vitest";
import {
  demo,
  format,
  formatInt,
  groupInteger,
  intToDecimal,
  isFloatType,
  layoutNumber,
  type NumberParts,
} from "#kata/format-int";
import { parseSpec } from "#kata/format-text";

// format takes an int (a number or a bigint) or a bool, and an optional spec.
expectTypeOf(format).parameters.toEqualTypeOf<[value: number | bigint | boolean, spec?: string]>();
expectTypeOf(format).returns.toEqualTypeOf<string>();
// @ts-expect-error: format-int formats ints; a str is format-text's.
format("42", "d");
expectTypeOf(intToDecimal).parameters.toEqualTypeOf<[value: number | bigint]>();
expectTypeOf(groupInteger("1234", 0, 3, ",")).toBeString();
expectTypeOf(isFloatType).returns.toEqualTypeOf<boolean>();
expectTypeOf(demo).returns.toEqualTypeOf<string[]>();

// formatInt takes the int without its bool: format() has turned a bool into 0 or 1.
const spec = parseSpec("#x", "d", ">", "int");
expectTypeOf(formatInt(255n, spec, "int")).toBeString();
// @ts-expect-error: a bool is turned into its int before formatInt.
formatInt(true, spec, "bool");

// NumberParts is read-only and needs every field, the suffix too.
const parts: NumberParts = { negative: false, prefix: "", digits: "42", suffix: "", groupSize: 3 };
expectTypeOf(layoutNumber(parts, spec)).toBeString();
// @ts-expect-error: parts cannot be changed after the fact.
parts.digits = "43";
// @ts-expect-error: suffix and groupSize are missing.
layoutNumber({ negative: false, prefix: "", digits: "42" }, spec);
