// Mistake: zero padding with padStart on the whole text, as JS code often does. Python puts the
// zeros after the sign and the prefix: format(-255, "#010x") is "-0x00000ff", not "00000-0xff".
import type { FormatSpec } from "../../format-text/format-text.ts";
import { type NumberParts, layoutNumber as referenceLayoutNumber } from "../format-int.ts";

export { demo, format, formatInt, groupInteger, intToDecimal, isFloatType } from "../format-int.ts";

export function layoutNumber(parts: NumberParts, spec: FormatSpec): string {
  if (spec.align !== "=") return referenceLayoutNumber(parts, spec);
  const text = referenceLayoutNumber(parts, { ...spec, width: -1 });
  return text.padStart(spec.width, spec.fill);
}
