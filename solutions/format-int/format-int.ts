import {
  codePointLength,
  codeText,
  type FormatSpec,
  PyError,
  pad,
  parseSpec,
  SSIZE_MAX,
} from "../format-text/format-text.ts";

/** sys.get_int_max_str_digits(): CPython refuses to print longer decimal ints (CVE-2020-10735). */
const MAX_STR_DIGITS = 4300;

/** `str(int)`, with CPython's limit on decimal digits: `intToDecimal(10n ** 20n)` is "1" and 20 zeros. */
export function intToDecimal(value: number | bigint): string {
  const text = value.toString();
  // A number here is a safe integer (format() turns the others into bigints): at most 16 digits.
  if (typeof value === "bigint" && text.length - (value < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    throw new PyError(
      "ValueError",
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  return text;
}

/**
 * CPython's _PyUnicode_InsertThousandsGrouping, from the right: groups of `size` joined by
 * `separator`, zero-filled to `minWidth` characters, where a leading zero group may get its own
 * separator: `groupInteger("1234", 8, 3, ",")` is "0,001,234", nine characters.
 */
export function groupInteger(
  digits: string,
  minWidth: number,
  size: number,
  separator: string,
): string {
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  let grouped = "";
  // Without a separator the groups join up again: the digits, zero-filled to minWidth.
  for (let first = true; ; first = false) {
    const len = Math.min(size, Math.max(remaining, width, 1));
    const chars = Math.min(remaining, len);
    const group = "0".repeat(len - chars) + digits.slice(remaining - chars, remaining);
    grouped = first ? group : group + separator + grouped;
    remaining -= chars;
    width -= len;
    if (remaining <= 0 && width <= 0) return grouped;
    width -= separator.length;
  }
}

/** A number split as CPython's fill_number sees it: format-float's floats are laid out the same way. */
export interface NumberParts {
  readonly negative: boolean;
  /** "0x", "0b", "0o" (upper-cased for X), or "". */
  readonly prefix: string;
  /** Digits before the point: zero-filled and grouped. Empty only for the 'c' type. */
  readonly digits: string;
  /** What follows the integer digits, copied as is: the 'c' character, or a float's ".50e+03". */
  readonly suffix: string;
  /** Size of the integer groups: 3, or 4 for '_' with b/o/x/X. */
  readonly groupSize: number;
}

/**
 * Lays a number out as CPython's calc_number_widths and fill_number,
 * `<lpad><sign><prefix><zeros or '=' fill><grouped digits><suffix><rpad>`:
 * `layoutNumber({ negative: true, prefix: "0x", digits: "ff", suffix: "", groupSize: 4 },
 * parseSpec("#08x", "d", ">", "int"))` is "-0x000ff".
 */
export function layoutNumber(parts: NumberParts, spec: FormatSpec): string {
  const { negative, prefix, digits, suffix } = parts;
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  // The suffix may hold the 'c' character, which can be astral: count code points.
  const fixed = sign.length + prefix.length + codePointLength(suffix);
  // Zeros go inside the digits, where the separators count: "08,d" of 1234 is "0,001,234".
  const zeroFill = spec.fill === "0" && spec.align === "=";
  const grouped =
    digits === ""
      ? ""
      : groupInteger(digits, zeroFill ? spec.width - fixed : 0, parts.groupSize, spec.grouping);
  const padding = spec.width - fixed - grouped.length;
  if (padding <= 0) return sign + prefix + grouped + suffix;
  // '=' pads between the sign and prefix and the digits: "+*****42".
  if (spec.align === "=") return sign + prefix + spec.fill.repeat(padding) + grouped + suffix;
  return pad(sign + prefix + grouped + suffix, spec.width - padding, spec);
}

type IntType = "b" | "o" | "x" | "X" | "d" | "n";

const BASES = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 } as const satisfies Record<IntType, number>;
const PREFIXES = { b: "0b", o: "0o", x: "0x", X: "0X", d: "", n: "" } as const satisfies Record<
  IntType,
  string
>;
const FLOAT_TYPES: ReadonlySet<string> = new Set(["e", "E", "f", "F", "g", "G", "%"]);

const isIntType = (type: string): type is IntType => Object.hasOwn(BASES, type);

/**
 * The types for which Python formats an int as the float it equals (`format(5, ".2f")` is "5.00",
 * format-spec's job): `isFloatType("%")` is true, `isFloatType("x")` is false.
 */
export function isFloatType(type: string): boolean {
  return FLOAT_TYPES.has(type);
}

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
  // The reference CPython is 32-bit: a C long holds -2**31 .. 2**31 - 1.
  const n = Number(value);
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1) {
    throw new PyError("OverflowError", "Python int too large to convert to C long");
  }
  if (n < 0 || n > 0x10ffff) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
  const char = String.fromCodePoint(n);
  return layoutNumber(
    { negative: false, prefix: "", digits: "", suffix: char, groupSize: 3 },
    spec,
  );
}

/**
 * int.__format__ for a non-empty spec and an int type (CPython's format_long_internal):
 * `formatInt(-255, parseSpec("#010x", "d", ">", "int"), "int")` is "-0x00000ff".
 */
export function formatInt(value: number | bigint, spec: FormatSpec, pyTypeName: string): string {
  const type = spec.type;
  // Python turns the int into a float here. Float formatting is format-float's, which builds on
  // this kata; format-spec's format() sends these types there and never calls formatInt with
  // them: a call that does is a bug in the caller, not a Python error.
  if (isFloatType(type)) {
    throw new RangeError(`formatInt: '${type}' is a float type; format-spec formats it as a float`);
  }
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
  // toString(2) of a negative writes "-11111111", the sign before the digits: the sign goes
  // into the layout on its own, before the prefix, so take the digits of the magnitude.
  const negative = value < 0;
  const magnitude = negative ? -value : value;
  const base = BASES[type];
  const digits = base === 10 ? intToDecimal(magnitude) : magnitude.toString(base);
  return layoutNumber(
    {
      negative,
      prefix: spec.alternate ? PREFIXES[type] : "",
      digits: type === "X" ? digits.toUpperCase() : digits,
      suffix: "",
      groupSize: base === 10 ? 3 : 4,
    },
    spec,
  );
}

/**
 * Python's `format(n, spec)` for an int or a bool, int types only: `format(255, "#_b")` is
 * "0b1111_1111", `format(true)` is "True", `format(true, "d")` is "1".
 */
export function format(value: number | bigint | boolean, spec = ""): string {
  // bool is an int subclass in Python: only the empty spec goes through str() and says True.
  if (typeof value === "boolean") {
    if (spec === "") return value ? "True" : "False";
    return formatInt(Number(value), parseSpec(spec, "d", ">", "bool"), "bool");
  }
  // JS has one number type. An integral number past 2**53 is an int, but its toString() switches
  // to "1e+21": its exact value is a bigint's. 1.5 is a float, format-float's: BigInt(1.5) throws
  // a RangeError.
  const n = typeof value === "number" && !Number.isSafeInteger(value) ? BigInt(value) : value;
  return spec === "" ? intToDecimal(n) : formatInt(n, parseSpec(spec, "d", ">", "int"), "int");
}

/** The lines original.py prints, in order: `demo()[0]` is "+42". */
export function demo(): string[] {
  const lines = [
    format(42, "+d"),
    `${format(255, "b")} ${format(255, "o")} ${format(255, "x")} ${format(255, "#X")}`,
    format(-255, "#010x"),
    format(42, "*=+8"),
    format(1234567, ","),
    format(12345678901234567890n, "_"),
    format(0xdeadbeef, "#_x"),
    format(1234, "08,d"),
    `[${format(0x1f600, "^5c")}]`,
    `${format(true)} ${format(true, "d")} ${format(false, "#x")}`,
  ];
  for (const spec of [".2", "z", "+c", "s"]) {
    try {
      lines.push(format(65, spec));
    } catch (error) {
      if (!(error instanceof PyError)) throw error;
      lines.push(`${spec}: ${error.pyType}: ${error.message}`);
    }
  }
  return lines;
}
