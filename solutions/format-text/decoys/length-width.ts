// Mistake: measuring strings with .length and padding with padStart / padEnd. Those count UTF-16
// code units, Python counts code points: "😀" is one character in Python and two units in JS,
// so it gets one space too few, and ".2" of "😀ab" keeps only the emoji.
import {
  type FormatSpec,
  parseSpec,
  format as referenceFormat,
  formatStr as referenceFormatStr,
} from "../format-text.ts";

export { codeText, demo, PyError, parseSpec, SSIZE_MAX } from "../format-text.ts";

export const codePointLength = (text: string): number => text.length;

export function pad(text: string, _length: number, spec: FormatSpec): string {
  const w = Math.max(0, spec.width);
  if (spec.align === ">") return text.padStart(w, spec.fill);
  if (spec.align === "^") {
    const left = Math.floor(Math.max(0, w - text.length) / 2);
    return text.padStart(text.length + left, spec.fill).padEnd(w, spec.fill);
  }
  return text.padEnd(w, spec.fill);
}

export function formatStr(value: string, spec: FormatSpec): string {
  referenceFormatStr("", spec); // the same errors
  const text = spec.precision < 0 ? value : value.slice(0, spec.precision);
  return pad(text, text.length, spec);
}

export function format(text: string, spec = ""): string {
  return spec === "" ? referenceFormat(text) : formatStr(text, parseSpec(spec, "s", "<", "str"));
}
