// Mistake: cutting the groups from the left, as a regular expression like /.{1,3}/g does. Python
// groups from the right, next to the units: 1234567 is "1,234,567", not "123,456,7".
import { groupInteger as referenceGroupInteger } from "../format-int.ts";

export { demo, format, formatInt, intToDecimal, isFloatType, layoutNumber } from "../format-int.ts";

export function groupInteger(
  digits: string,
  minWidth: number,
  size: number,
  separator: string,
): string {
  if (separator === "") return referenceGroupInteger(digits, minWidth, size, separator);
  const padded = digits.padStart(minWidth - Math.floor(minWidth / (size + 1)), "0");
  return (padded.match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(separator);
}
