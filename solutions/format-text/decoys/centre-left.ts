// Mistake: centring with the odd fill character on the left, as Math.ceil(padding / 2) or
// Python's own str.center() would for some lengths. format() puts it on the right: "Alice" in
// 10 columns centred is "  Alice   ", not "   Alice  ".
import type { FormatSpec } from "../format-text.ts";
import { codePointLength, parseSpec, formatStr as referenceFormatStr } from "../format-text.ts";

export { codePointLength, codeText, demo, PyError, parseSpec, SSIZE_MAX } from "../format-text.ts";

export function pad(text: string, length: number, spec: FormatSpec): string {
  const padding = spec.width - length;
  if (padding <= 0) return text;
  const left = spec.align === ">" ? padding : spec.align === "^" ? Math.ceil(padding / 2) : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
}

export function formatStr(value: string, spec: FormatSpec): string {
  referenceFormatStr("", spec); // the same errors
  const chars = Array.from(value);
  const kept = spec.precision < 0 ? chars : chars.slice(0, spec.precision);
  return pad(kept.join(""), codePointLength(kept.join("")), spec);
}

export function format(text: string, spec = ""): string {
  return spec === "" ? text : formatStr(text, parseSpec(spec, "s", "<", "str"));
}
