// Mistake: expanding a nested spec with a fresh call, strFormat(spec, args, kwargs). The nested
// fields then count from 0 again ("{:{}}".format("x", 3) uses "x" as the width) and may mix
// numberings freely, and nothing stops a second level of nesting.
import { format } from "#kata/format-spec";
import { convert } from "../internal/conversion.ts";
import { FormatCall, resolveField } from "../internal/field-name.ts";
import { markup } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  const call = new FormatCall(args, kwargs);
  let out = "";
  for (const piece of markup(template)) {
    if (piece.kind === "literal") {
      out += piece.text;
      continue;
    }
    const value = convert(resolveField(piece.name, call), piece.conversion);
    const spec = piece.nested ? strFormat(piece.spec, args, kwargs) : piece.spec;
    out += format(value, spec);
  }
  return out;
}
