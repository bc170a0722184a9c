import type { NumberParts } from "../../format-int/format-int.ts";
import type { FormatSpec } from "../../format-text/format-text.ts";

/** 3.14: fractional digits are grouped by three from the left ("123456" -> "123_456"). */
function groupFraction(digits: string, separator: string): string {
  if (separator === "") return digits;
  return (digits.match(/.{1,3}/g) ?? []).join(separator);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Splits a rendered float ("-1234.5e+03", "inf", "50.0%") into format-int's NumberParts, the
 * fraction grouped as the spec asks: format-int's layoutNumber then lays it out as an int.
 */
export function splitFloat(text: string, spec: FormatSpec): NumberParts {
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
