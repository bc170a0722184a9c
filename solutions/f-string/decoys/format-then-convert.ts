// Mistake: the spec is applied first and the conversion afterwards, so f"{'Alice'!r:>9}"
// quotes the padding: "'    Alice'" instead of "  'Alice'". CPython converts, then formats.
import { format, repr, str } from "#kata/format-spec";
import { demo } from "../f-string.ts";
import { type Field, type Piece, parseTemplate } from "../internal/parse.ts";

export { demo };

const CONVERT = { r: repr, s: str, a: repr } as const;

function render(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : renderField(p))).join("");
}

function renderField({ value, label, conversion, spec }: Field): string {
  const convert = conversion ?? (label !== "" && spec === undefined ? "r" : undefined);
  const formatted = format(value, spec === undefined ? "" : render(spec));
  return label + (convert === undefined ? formatted : CONVERT[convert](formatted));
}

export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return render(parseTemplate([...strings], values));
}
