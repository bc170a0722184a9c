import { codeText, type FormatSpec, PyError, SSIZE_MAX } from "../../format-text/format-text.ts";
import { formatFloat } from "./format-float.ts";
import { layoutNumber } from "./layout.ts";

/** sys.get_int_max_str_digits(): CPython refuses to print longer decimal ints (CVE-2020-10735). */
const MAX_STR_DIGITS = 4300;

/** `str(int)`, with CPython's limit on decimal digits: `intToDecimal(10n ** 20n)`. */
export function intToDecimal(value: number | bigint): string {
  const text = value.toString();
  if (typeof value === "bigint" && text.length - (value < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    throw new PyError(
      "ValueError",
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  return text;
}

/** `float(int)`: correctly rounded (JS's Number(bigint) rounds half to even too), or overflow. */
function intToFloat(value: number | bigint): number {
  const x = Number(value);
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "int too large to convert to float");
  return x;
}

type IntType = "b" | "o" | "x" | "X" | "d" | "n";

const BASES = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 } as const satisfies Record<IntType, number>;
const PREFIXES = { b: "0b", o: "0o", x: "0x", X: "0X", d: "", n: "" } as const satisfies Record<
  IntType,
  string
>;
const FLOAT_TYPES: ReadonlySet<string> = new Set(["e", "E", "f", "F", "g", "G", "%"]);

const isIntType = (type: string): type is IntType => Object.hasOwn(BASES, type);

// 'c': the code point as a one-character string, checked as CPython's PyLong_AsLong + chr().
function formatChar(value: number | bigint, spec: FormatSpec): string {
  if (spec.sign !== "") {
    throw new PyError("ValueError", "Sign not allowed with integer format specifier 'c'");
  }
  if (spec.alternate) {
    throw new PyError(
      "ValueError",
      "Alternate form (#) not allowed with integer format specifier 'c'",
    );
  }
  const n = Number(value);
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1) {
    throw new PyError("OverflowError", "Python int too large to convert to C long");
  }
  if (n < 0 || n > 0x10ffff) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
  const parts = { negative: false, prefix: "", digits: "", fraction: undefined, groupSize: 3 };
  return layoutNumber({ ...parts, remainder: String.fromCodePoint(n) }, spec);
}

/** int.__format__ for a non-empty spec (CPython's format_long_internal). */
export function formatInt(value: number | bigint, spec: FormatSpec, pyTypeName: string): string {
  const type = spec.type;
  if (FLOAT_TYPES.has(type)) return formatFloat(intToFloat(value), spec, pyTypeName);
  if (type !== "c" && !isIntType(type)) {
    throw new PyError(
      "ValueError",
      `Unknown format code '${codeText(type)}' for object of type '${pyTypeName}'`,
    );
  }
  if (spec.precision !== -1) {
    throw new PyError("ValueError", "Precision not allowed in integer format specifier");
  }
  if (spec.noNegZero) {
    throw new PyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in integer format specifier",
    );
  }
  if (type === "c") return formatChar(value, spec);
  const negative = value < 0;
  const magnitude = negative ? -value : value;
  const base = BASES[type];
  const digits = base === 10 ? intToDecimal(magnitude) : magnitude.toString(base);
  return layoutNumber(
    {
      negative,
      prefix: spec.alternate ? PREFIXES[type] : "",
      digits: type === "X" ? digits.toUpperCase() : digits,
      fraction: undefined,
      remainder: "",
      groupSize: base === 10 ? 3 : 4,
    },
    spec,
  );
}
