// Mistake: looking keyword fields up with `name in kwargs`. The `in` operator walks the
// prototype chain, so "{constructor}".format() finds Object.prototype.constructor and prints a
// function instead of raising KeyError: 'constructor'.
import { format, PyError, repr } from "../../format-spec/format-spec.ts";
import { convert } from "../internal/conversion.ts";
import { FormatCall, parseIndex, resolveField } from "../internal/field-name.ts";
import { readField } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

class PrototypeCall extends FormatCall {
  override argument(first: string): unknown {
    if (first === "" || parseIndex(first) !== -1) return super.argument(first);
    if (first in this.kwargs) return this.kwargs[first];
    throw new PyError("KeyError", repr(first));
  }
}

function build(template: string, call: FormatCall, depth: number): string {
  if (depth === 0) throw new PyError("ValueError", "Max string recursion exceeded");
  let out = "";
  for (let i = 0; i < template.length; ) {
    const c = template[i] ?? "";
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      out += c;
      i += 2;
    } else if (c === "}") {
      throw new PyError("ValueError", "Single '}' encountered in format string");
    } else if (c !== "{") {
      out += c;
      i++;
    } else if (i + 1 === template.length) {
      throw new PyError("ValueError", "Single '{' encountered in format string");
    } else {
      const field = readField(template, i + 1);
      const value = convert(resolveField(field.name, call), field.conversion);
      const nested = field.spec.includes("{");
      out += format(value, nested ? build(field.spec, call, depth - 1) : field.spec);
      i = field.end;
    }
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
