// Mistake: tokenising the whole template first and evaluating the fields afterwards. CPython
// renders each field before it parses the text after it, so "{}{".format() is an IndexError
// (the missing argument is met first); this port reports "Single '{'" instead.
import { format, PyError } from "#kata/format-spec";
import { convert } from "../internal/conversion.ts";
import { FormatCall, resolveField } from "../internal/field-name.ts";
import { markup } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

function build(template: string, call: FormatCall, depth: number): string {
  if (depth <= 0) throw new PyError("ValueError", "Max string recursion exceeded");
  const pieces = [...markup(template)];
  return pieces
    .map((piece) => {
      if (piece.kind === "literal") return piece.text;
      const value = convert(resolveField(piece.name, call), piece.conversion);
      const spec = piece.nested ? build(piece.spec, call, depth - 1) : piece.spec;
      return format(value, spec);
    })
    .join("");
}

export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  return build(template, new FormatCall(args, kwargs), 2);
}
