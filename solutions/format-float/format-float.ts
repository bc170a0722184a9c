import { layoutNumber, type NumberParts } from "../format-int/format-int.ts";
import { codeText, type FormatSpec, PyError, parseSpec } from "../format-text/format-text.ts";
import { type Flags, floatToString, type Mode } from "./internal/float-to-string.ts";

const REPR: Flags = { upper: false, alternate: false, addDot0: true, noNegZero: false };

/** Python's `repr(float)`: `reprFloat(1e16)` is "1e+16", `reprFloat(1)` is "1.0". */
export function reprFloat(x: number): string {
  // From 1e-4 to 1e16 both languages print the shortest digits without an exponent, so String(x)
  // is repr's text, but for the ".0" Python keeps on integral values.
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) return Number.isInteger(x) ? `${x}.0` : String(x);
  return floatToString(x, "r", 0, REPR);
}

/** 3.14: fractional digits are grouped by three from the point ("123456" -> "123_456"). */
const groupFraction = (digits: string, separator: string) =>
  (digits.match(/.{1,3}/g) ?? []).join(separator);

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Splits a rendered float ("-1234.5e+03", "inf", "50.0%") into format-int's NumberParts, the
 * fraction grouped as the spec asks: format-int's layoutNumber then lays it out as an int.
 */
function splitFloat(text: string, spec: FormatSpec): NumberParts {
  // A scan rather than a regular expression: this runs once per formatted float.
  const negative = text.startsWith("-");
  const start = negative ? 1 : 0;
  let end = start;
  while (isDigit(text.charCodeAt(end))) end++;
  const digits = text.slice(start, end);
  let fraction = "";
  if (text.charCodeAt(end) === 46) {
    const from = ++end;
    while (isDigit(text.charCodeAt(end))) end++;
    fraction = `.${groupFraction(text.slice(from, end), spec.fracGrouping)}`;
  }
  return { negative, prefix: "", digits, suffix: fraction + text.slice(end), groupSize: 3 };
}

type FloatType = "" | "e" | "E" | "f" | "F" | "g" | "G" | "n" | "%";

// No type is repr ('r'); 'n' is 'g' in the C locale; '%' is 'f' of x * 100.
const MODES = {
  "": "r",
  e: "e",
  E: "e",
  f: "f",
  F: "f",
  g: "g",
  G: "g",
  n: "g",
  "%": "f",
} as const satisfies Record<FloatType, Mode>;

const isFloatType = (type: string): type is FloatType => Object.hasOwn(MODES, type);

/**
 * Python's `format(x, spec)` for a float x (CPython's format_float_internal); every number is a
 * float here: `formatFloat(0.125, ".2f")` is "0.12", `formatFloat(1)` is "1.0".
 */
export function formatFloat(x: number, spec = ""): string {
  const parsed = parseSpec(spec, "", ">", "float");
  const type = parsed.type;
  if (!isFloatType(type)) {
    throw new PyError(
      "ValueError",
      `Unknown format code '${codeText(type)}' for object of type 'float'`,
    );
  }
  // No type with a precision is 'g' that keeps a ".0" and uses an exponent one digit earlier.
  const mode = type === "" && parsed.precision >= 0 ? "g" : MODES[type];
  // Without a precision, 6; repr ('r', no type and no precision) reads none.
  const precision = parsed.precision >= 0 ? parsed.precision : 6;
  const flags: Flags = {
    upper: type === "E" || type === "F" || type === "G",
    alternate: parsed.alternate,
    addDot0: type === "",
    noNegZero: parsed.noNegZero,
  };
  // '%' multiplies as a double, before any rounding: CPython does `val *= 100`.
  const value = type === "%" ? x * 100 : x;
  const text = floatToString(value, mode, precision, flags) + (type === "%" ? "%" : "");
  return layoutNumber(splitFloat(text, parsed), parsed);
}

/** The lines original.py prints, in order: `demo()[0]` is "0.12 0.38 2.67". */
export function demo(): string[] {
  return [
    `${formatFloat(0.125, ".2f")} ${formatFloat(0.375, ".2f")} ${formatFloat(2.675, ".2f")}`,
    formatFloat(2 ** -8, ".7f"),
    formatFloat(1e22, ",.0f"),
    `${formatFloat(1234.5678, "e")} ${formatFloat(1234.5678, ".3g")} ${formatFloat(0.000012345678, "g")}`,
    `${formatFloat(9.5, ".0e")} ${formatFloat(1, ".3")} ${formatFloat(0.25, ".1%")}`,
    `${reprFloat(1)} ${reprFloat(0.1 + 0.2)} ${reprFloat(1e-5)} ${reprFloat(1e16)}`,
    `${formatFloat(-0)} ${formatFloat(-0.0001, "z.2f")} ${formatFloat(Number.NaN, "+")} ${formatFloat(Number.POSITIVE_INFINITY, "F")}`,
    formatFloat(-1234.5, "012,.1f"),
    formatFloat(123456.123456, "_._f"),
  ];
}
