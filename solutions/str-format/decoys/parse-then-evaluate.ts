// Mistake: tokenising the whole template first and evaluating the fields afterwards. CPython
// renders each field before it parses the text after it, so "{}{".format() is an IndexError
// (the missing argument is met first); this port reports "Single '{'" instead.
import { format, PyError } from "../../format-spec/format-spec.ts";
import { convert } from "../internal/conversion.ts";
import { FormatCall, resolveField } from "../internal/field-name.ts";
import { type Field, readField } from "../internal/markup.ts";

export { demo } from "../str-format.ts";

function tokenise(template: string): (string | Field)[] {
  const pieces: (string | Field)[] = [];
  for (let i = 0; i < template.length; ) {
    const c = template[i] ?? "";
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      pieces.push(c);
      i += 2;
    } else if (c === "}") {
      throw new PyError("ValueError", "Single '}' encountered in format string");
    } else if (c !== "{") {
      pieces.push(c);
      i++;
    } else if (i + 1 === template.length) {
      throw new PyError("ValueError", "Single '{' encountered in format string");
    } else {
      const field = readField(template, i + 1);
      pieces.push(field);
      i = field.end;
    }
  }
  return pieces;
}

function build(template: string, call: FormatCall, depth: number): string {
  if (depth === 0) throw new PyError("ValueError", "Max string recursion exceeded");
  return tokenise(template)
    .map((piece) => {
      if (typeof piece === "string") return piece;
      const value = convert(resolveField(piece.name, call), piece.conversion);
      const nested = piece.spec.includes("{");
      return format(value, nested ? build(piece.spec, call, depth - 1) : piece.spec);
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
