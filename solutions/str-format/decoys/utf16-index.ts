// Mistake: indexing a str with text[i]. JS strings index UTF-16 units, Python's index code
// points: "{0[1]}".format("a😀b") is "😀" in Python and half a surrogate pair here.
import { format, PyError } from "#kata/format-spec";
import { convert } from "../internal/conversion.ts";
import { FormatCall, parseIndex } from "../internal/field-name.ts";
import { getAttribute, getItem } from "../internal/lookup.ts";
import { markup } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

function item(value: unknown, key: string, index: number): unknown {
  if (typeof value !== "string" || index === -1) return getItem(value, key, index);
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
    value = part.startsWith(".") ? getAttribute(value, key) : item(value, key, parseIndex(key));
  }
  return value;
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
  return build(template, new FormatCall(args, kwargs), 2);
}
