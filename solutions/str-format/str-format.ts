import { format, PyError } from "../format-spec/format-spec.ts";
import { convert } from "./internal/conversion.ts";
import { FormatCall, resolveField } from "./internal/field-name.ts";
import { readField } from "./internal/markup.ts";

// PEP 3101 allows one level of nesting: "{0:{1}}" works, "{0:{1:{2}}}" does not.
const MAX_DEPTH = 2;

/**
 * One pass, left to right, as CPython's MarkupIterator: a field is rendered before the text after
 * it is even read, so `"{0}{".format()` is an IndexError, not a ValueError.
 */
function build(template: string, call: FormatCall, depth: number): string {
  if (depth === 0) throw new PyError("ValueError", "Max string recursion exceeded");
  let out = "";
  for (let i = 0; i < template.length; ) {
    const c = template[i] ?? "";
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      // "{{" and "}}" are the braces themselves.
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
      // CPython's order: look the value up, convert it, expand the spec, then format.
      const value = convert(resolveField(field.name, call), field.conversion);
      const nested = field.spec.includes("{");
      out += format(value, nested ? build(field.spec, call, depth - 1) : field.spec);
      i = field.end;
    }
  }
  return out;
}

/**
 * Python's `template.format(*args, **kwargs)`:
 * `strFormat("{} is {age}", ["Alice"], { age: 30 })` is "Alice is 30".
 */
export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  return build(template, new FormatCall(args, kwargs), MAX_DEPTH);
}
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

/** The lines original.py prints, in order: `demo()[0]` is "Name: Alice, Age: 30". */
export function demo(): string[] {
  const name = "Alice";
  const age = 30;
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
  const pi = 3.14159;
  const errors: readonly (readonly [string, readonly unknown[]])[] = [
    ["{}{0}", [1]],
    ["{2}", [1]],
    ["{x}", []],
    ["}", []],
    ["{0.z}", [new Point(3, 4)]],
  ];
  return [
    strFormat("Name: {}, Age: {}", [name, age]),
    strFormat("Name: {0}, Age: {1}", [name, age]),
    strFormat("Name: {name}, Age: {age}", [], { name, age }),
    strFormat("Pi: {:.2f}", [pi]),
    strFormat("{0}{1}{0}", ["abra", "cad"]),
    strFormat("{{literal}} {}", [42]),
    strFormat("{!r} {!s} {!a}", [name, name, "café"]),
    strFormat("[{:{w}.{p}f}]", [pi], { w: 10, p: 3 }),
    strFormat("({0.x}, {0.y})", [new Point(3, 4)]),
    strFormat("{0[0]} {1[name]} {2[1]}", [["x", "y"], { name }, "a😀b"]),
    ...errors.map(([template, args]) => {
      try {
        return strFormat(template, args);
      } catch (error) {
        const e = error as { pyType?: string; message: string };
        return `${e.pyType}: ${e.message}`;
      }
    }),
  ];
}
