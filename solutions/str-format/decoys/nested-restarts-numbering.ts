// Mistake: expanding a nested spec with a fresh call, strFormat(spec, args, kwargs). The nested
// fields then count from 0 again ("{:{}}".format("x", 3) uses "x" as the width) and may mix
// numberings freely, and nothing stops a second level of nesting.
import { format, PyError } from "../../format-spec/format-spec.ts";
import { convert } from "../internal/conversion.ts";
import { FormatCall, resolveField } from "../internal/field-name.ts";
import { readField } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  const call = new FormatCall(args, kwargs);
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
      out += format(value, nested ? strFormat(field.spec, args, kwargs) : field.spec);
      i = field.end;
    }
  }
  return out;
}
