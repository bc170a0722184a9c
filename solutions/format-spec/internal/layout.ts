import { codePointLength, type FormatSpec, pad } from "../../format-text/format-text.ts";

/**
 * CPython's _PyUnicode_InsertThousandsGrouping, from the right: groups of `size` joined by
 * `separator`, zero-filled to `minWidth` characters, where a leading zero group may get its own
 * separator ("08,d" of 1234 is "0,001,234", nine characters).
 */
function groupInteger(digits: string, minWidth: number, size: number, separator: string): string {
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  let grouped = "";
  // Without a separator there is one group, as wide as the digits or the zero padding.
  for (let first = true; ; first = false) {
    const len =
      separator === ""
        ? Math.max(remaining, width, 1)
        : Math.min(size, Math.max(remaining, width, 1));
    const chars = Math.min(remaining, len);
    const group = "0".repeat(len - chars) + digits.slice(remaining - chars, remaining);
    grouped = first ? group : group + separator + grouped;
    remaining -= chars;
    width -= len;
    if (separator === "" || (remaining <= 0 && width <= 0)) return grouped;
    width -= separator.length;
  }
}

/** 3.14: fractional digits are grouped by three from the left ("123456" -> "123_456"). */
function groupFraction(digits: string, separator: string): string {
  if (separator === "") return digits;
  return (digits.match(/.{1,3}/g) ?? []).join(separator);
}

/** A number split as CPython's fill_number sees it. */
export interface NumberParts {
  readonly negative: boolean;
  /** "0x", "0b", "0o" (upper-cased for X), or "". */
  readonly prefix: string;
  /** Digits before the point: zero-filled and grouped. Empty only for the 'c' type. */
  readonly digits: string;
  /** Digits after the point, or undefined when there is no point. */
  readonly fraction: string | undefined;
  /** What follows the digits, copied as is: "e+03", "%", "inf", or the 'c' character. */
  readonly remainder: string;
  /** Size of the integer groups: 3, or 4 for '_' with b/o/x/X. */
  readonly groupSize: number;
}

/**
 * Lays a number out as CPython's calc_number_widths and fill_number:
 * `<lpad><sign><prefix><spad><grouped digits><.><grouped fraction><remainder><rpad>`.
 */
export function layoutNumber(parts: NumberParts, spec: FormatSpec): string {
  const { negative, prefix, digits, fraction, remainder } = parts;
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const tail =
    fraction === undefined
      ? remainder
      : `.${groupFraction(fraction, spec.fracGrouping)}${remainder}`;
  // The remainder may hold the 'c' character, which can be astral.
  const fixed = sign.length + prefix.length + codePointLength(tail);
  const zeroFill = spec.fill === "0" && spec.align === "=";
  const grouped =
    digits === ""
      ? ""
      : groupInteger(digits, zeroFill ? spec.width - fixed : 0, parts.groupSize, spec.grouping);
  const padding = spec.width - fixed - grouped.length;
  if (padding <= 0) return sign + prefix + grouped + tail;
  if (spec.align === "=") return sign + prefix + spec.fill.repeat(padding) + grouped + tail;
  return pad(sign + prefix + grouped + tail, spec.width - padding, spec);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Splits a rendered float ("-1234.5e+03", "inf", "50.0%") into NumberParts. */
export function splitFloat(text: string): NumberParts {
  // A scan rather than a regular expression: this runs once per formatted float.
  const negative = text.startsWith("-");
  const start = negative ? 1 : 0;
  let end = start;
  while (isDigit(text.charCodeAt(end))) end++;
  const digits = text.slice(start, end);
  let fraction: string | undefined;
  if (text.charCodeAt(end) === 46) {
    const from = ++end;
    while (isDigit(text.charCodeAt(end))) end++;
    fraction = text.slice(from, end);
  }
  return { negative, prefix: "", digits, fraction, remainder: text.slice(end), groupSize: 3 };
}
