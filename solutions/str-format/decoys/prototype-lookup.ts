// Mistake: looking keyword fields up with `name in kwargs`. The `in` operator walks the
// prototype chain, so "{constructor}".format() finds Object.prototype.constructor and prints a
// function instead of raising KeyError: 'constructor'.
import { format, PyError, repr } from "#kata/format-spec";
import { convert } from "../internal/conversion.ts";
import { FormatCall, parseIndex, resolveField } from "../internal/field-name.ts";
import { markup } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

class PrototypeCall extends FormatCall {
  override argument(first: string): unknown {
    if (first === "" || parseIndex(first) !== -1) return super.argument(first);
    if (first in this.kwargs) return this.kwargs[first];
    throw new PyError("KeyError", repr(first));
  }
}

function build(template: string, call: FormatCall, depth: number): string {
  if (depth <= 0) throw new PyError("ValueError", "Max string recursion exceeded");
  let out = "";
  for (const piece of markup(template)) {
    if (piece.kind === "literal") {
      out += piece.text;
      continue;
    }
    const value = convert(resolveField(piece.name, call), piece.conversion);
    const spec = piece.nested ? build(piece.spec, call, depth - 1) : piece.spec;
    out += format(value, spec);
  }
  return out;
}

export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  return build(template, new PrototypeCall(args, kwargs), 2);
}
