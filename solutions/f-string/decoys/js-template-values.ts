// Mistake: a bare ${value} goes through JavaScript's String(), as an untagged template would,
// so true prints "true", null "null", 1e-7 "1e-7" and 2 ** 70 "1.1805916207174113e+21".
// Python's f"{x}" is format(x, ""): True, None, 1e-07 and 1180591620717411303424.
import { format, repr, str } from "#kata/format-spec";
import { demo } from "../f-string.ts";
import { type Field, type Piece, parseTemplate } from "../internal/parse.ts";

export { demo };

const CONVERT = { r: repr, s: str, a: repr } as const;

function render(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : renderField(p))).join("");
}

function renderField({ value, label, conversion, spec }: Field): string {
  if (label === "" && conversion === undefined && spec === undefined) return String(value);
  const convert = conversion ?? (label !== "" && spec === undefined ? "r" : undefined);
  const converted = convert === undefined ? value : CONVERT[convert](value);
  return label + format(converted, spec === undefined ? "" : render(spec));
}

export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return render(parseTemplate([...strings], values));
}
