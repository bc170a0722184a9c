// Mistake: the `=` label always prints repr(value), even when a spec follows. CPython uses
// repr only when there is neither a conversion nor a ':': f"{x=:.2f}" is "x=3.14", and
// f"{name=:}" is "name=Alice" without quotes.
import { format, repr, str } from "#kata/format-spec";
import { demo } from "../f-string.ts";
import { type Field, type Piece, parseTemplate } from "../internal/parse.ts";

export { demo };

const ascii = (value: unknown) =>
  [...repr(value)]
    .map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      if (cp < 0x80) return c;
      if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, "0")}`;
      return cp <= 0xffff
        ? `\\u${cp.toString(16).padStart(4, "0")}`
        : `\\U${cp.toString(16).padStart(8, "0")}`;
    })
    .join("");

const CONVERT = { r: repr, s: str, a: ascii } as const;

function render(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : renderField(p))).join("");
}

function renderField({ value, label, conversion, spec }: Field): string {
  const convert = conversion ?? (label !== "" ? "r" : undefined);
  const converted = convert === undefined ? value : CONVERT[convert](value);
  return label + format(converted, spec === undefined ? "" : render(spec));
}

export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return render(parseTemplate([...strings], values));
}
