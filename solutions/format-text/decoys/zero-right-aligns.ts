// Mistake: reading the 0 flag of a str as it reads for a number, zeros on the left. For numbers
// a leading 0 means '=' alignment; for str the alignment stays '<', so format("ab", "05") is
// "ab000", not "000ab".
import type { FormatSpec } from "../format-text.ts";
import { parseSpec, formatStr as referenceFormatStr } from "../format-text.ts";

export {
  codePointLength,
  codeText,
  demo,
  PyError,
  pad,
  parseSpec,
  SSIZE_MAX,
} from "../format-text.ts";

export function formatStr(value: string, spec: FormatSpec): string {
  const zeros = spec.fill === "0" && spec.align === "<";
  return referenceFormatStr(value, zeros ? { ...spec, align: ">" } : spec);
}

export function format(text: string, spec = ""): string {
  return spec === "" ? text : formatStr(text, parseSpec(spec, "s", "<", "str"));
}
