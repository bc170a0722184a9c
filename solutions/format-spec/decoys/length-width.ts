// Mistake: measuring strings with .length and padding with padStart / padEnd. Those count UTF-16
// code units, Python counts code points: "😀" is one character in Python and two units in JS,
// so it gets one space too few, and ".2" of "😀ab" keeps only the emoji.
import { format as referenceFormat } from "../format-spec.ts";

export { demo, PyError, pyFloat, repr, str } from "../format-spec.ts";

const STRING_SPEC = /^(?:(.)?([<>^]))?(\d+)?(?:\.(\d+))?s?$/u;

export function format(value: unknown, spec = ""): string {
  const parts = STRING_SPEC.exec(spec);
  if (typeof value !== "string" || spec === "" || parts === null) {
    return referenceFormat(value, spec);
  }
  const [, fill = " ", align = "<", width = "0", precision] = parts;
  const text = precision === undefined ? value : value.slice(0, Number(precision));
  const w = Number(width);
  if (align === ">") return text.padStart(w, fill);
  if (align === "<") return text.padEnd(w, fill);
  const left = Math.floor(Math.max(0, w - text.length) / 2);
  return text.padStart(text.length + left, fill).padEnd(w, fill);
}
