import { format, PyError, repr, str } from "#kata/format-spec";
import { floatToString } from "../../format-float/internal/float-to-string.ts";
import { type PyValue, toPy, typeName } from "../../format-spec/internal/values.ts";
import { type Conversion, type Converter, type Directive, INT_MAX } from "./directive.ts";
import { codePointLength } from "./layout.ts";

type IntConversion = "d" | "i" | "u" | "o" | "x" | "X";

// The base of the digits, and the prefix `#` adds. 'i' and 'u' are old aliases of 'd'.
const BASES = { d: 10, i: 10, u: 10, o: 8, x: 16, X: 16 } as const satisfies Record<
  IntConversion,
  number
>;
const PREFIXES = { d: "", i: "", u: "", o: "0o", x: "0x", X: "0X" } as const satisfies Record<
  IntConversion,
  string
>;

function wrongType(conversion: IntConversion, py: PyValue): PyError {
  const wanted = BASES[conversion] === 10 ? "a real number" : "an integer";
  return new PyError(
    "TypeError",
    `%${conversion} format: ${wanted} is required, not ${typeName(py)}`,
  );
}

// %d truncates a float as int() does; %o %x %X refuse it, as they use __index__.
function toInteger(value: unknown, conversion: IntConversion): number | bigint {
  const py = toPy(value);
  switch (py.kind) {
    case "int":
      return py.value;
    case "bool":
      return Number(py.value);
    case "float": {
      const x = py.value;
      if (BASES[conversion] !== 10) throw wrongType(conversion, py);
      if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert float NaN to integer");
      if (!Number.isFinite(x)) {
        throw new PyError("OverflowError", "cannot convert float infinity to integer");
      }
      // `+ 0` turns -0 into 0: Python's int(-0.5) is 0, not a negative zero.
      const t = Math.trunc(x) + 0;
      return Number.isSafeInteger(t) ? t : BigInt(t);
    }
    default:
      throw wrongType(conversion, py);
  }
}

// Unlike format(), a precision on an int is the minimum number of digits: "%.3d" % 7 is "007".
function integer(value: unknown, { flags, precision, conversion }: Directive): string {
  const code = conversion as IntConversion;
  const n = toInteger(value, code);
  if (precision > INT_MAX - 3) throw new PyError("OverflowError", "precision too large");
  const negative = n < 0;
  const magnitude = negative ? -n : n;
  const base = BASES[code];
  // Only the decimal text of a bigint can break CPython's 4300-digit limit: format() checks it.
  const text =
    base === 10 && typeof magnitude === "bigint"
      ? format(magnitude, "d")
      : magnitude.toString(base);
  const digits = (code === "X" ? text.toUpperCase() : text).padStart(precision, "0");
  return (negative ? "-" : "") + (flags.has("#") ? PREFIXES[code] : "") + digits;
}

// e f g and their capitals: format_float_short on the exact binary value, half to even, as
// format(x, ".6f") does, never toFixed. Ints and bools are converted to float first. This
// calls format-spec's float printer directly: it is what format() runs, without a spec to parse.
function real(value: unknown, { flags, precision, conversion }: Directive): string {
  const py = toPy(value);
  if (py.kind !== "int" && py.kind !== "bool" && py.kind !== "float") {
    throw new PyError("TypeError", `must be real number, not ${typeName(py)}`);
  }
  // Number(bigint) rounds half to even, as Python's int -> float does; too big is an error there.
  const x = py.kind === "float" ? py.value : Number(py.value);
  if (!Number.isFinite(x) && py.kind !== "float") {
    throw new PyError("OverflowError", "int too large to convert to float");
  }
  const mode = conversion.toLowerCase() as "e" | "f" | "g";
  return floatToString(x, mode, precision < 0 ? 6 : precision, {
    upper: conversion !== mode,
    alternate: flags.has("#"),
    addDot0: false,
    noNegZero: false,
  });
}

function char(value: unknown): string {
  const py = toPy(value);
  const refused = "%c requires an int or a unicode character, not";
  if (py.kind === "str") {
    const length = codePointLength(py.value);
    if (length !== 1) throw new PyError("TypeError", `${refused} a string of length ${length}`);
    return py.value;
  }
  if (py.kind !== "int" && py.kind !== "bool") {
    throw new PyError("TypeError", `${refused} ${typeName(py)}`);
  }
  const cp = Number(py.value);
  if (cp < 0 || cp > 0x10ffff) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(cp);
}

const hex = (cp: number, digits: number) => cp.toString(16).padStart(digits, "0");

/** Python's ascii(): repr() with every non-ASCII character escaped. */
function ascii(value: unknown): string {
  return repr(value).replace(/[\u0080-\u{10ffff}]/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  });
}

/** Every conversion character and how it turns a value into text, before padding. */
export const CONVERSIONS = {
  s: (value) => str(value),
  r: (value) => repr(value),
  a: ascii,
  d: integer,
  i: integer,
  u: integer,
  o: integer,
  x: integer,
  X: integer,
  e: real,
  E: real,
  f: real,
  F: real,
  g: real,
  G: real,
  c: char,
} as const satisfies Record<Conversion, Converter>;

export type Conversions = Readonly<Record<Conversion, Converter>>;
