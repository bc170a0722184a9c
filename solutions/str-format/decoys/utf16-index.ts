// Mistake: indexing a str with text[i]. JS strings index UTF-16 units, Python's index code
// points: "{0[1]}".format("a😀b") is "😀" in Python and half a surrogate pair here.
import { format, PyError } from "../../format-spec/format-spec.ts";
import { convert } from "../internal/conversion.ts";
import { FormatCall, parseIndex } from "../internal/field-name.ts";
import { getAttribute, getItem } from "../internal/lookup.ts";
import { readField } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

function item(value: unknown, key: string): unknown {
  const index = parseIndex(key);
  if (typeof value !== "string" || index === -1) return getItem(value, key);
  const unit = value[index];
  if (unit === undefined) throw new PyError("IndexError", "string index out of range");
  return unit;
}

function resolveField(name: string, call: FormatCall): unknown {
  const parts = name.match(/\.[^.[]*|\[[^\]]*\]|[^.[]+/g) ?? [];
  const first = parts[0] !== undefined && !/^[.[]/.test(parts[0]) ? parts.shift() : "";
  let value = call.argument(first ?? "");
  for (const part of parts) {
    const key = part.startsWith(".") ? part.slice(1) : part.slice(1, -1);
    if (key === "") throw new PyError("ValueError", "Empty attribute in format string");
    value = part.startsWith(".") ? getAttribute(value, key) : item(value, key);
  }
  return value;
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
  return build(template, new FormatCall(args, kwargs), 2);
}
