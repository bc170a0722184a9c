import { PyError, pyFloat, repr } from "#kata/format-spec";
import { type PyValue, toPy, typeName } from "../../format-spec/internal/values.ts";

type Attributes = Readonly<Record<string, (value: unknown) => unknown>>;

// The data attributes of Python's numbers; their other attributes are methods, which a port
// cannot print as CPython does ("<built-in method ... at 0x...>").
const INT: Attributes = {
  real: (v) => v,
  imag: () => 0,
  numerator: (v) => v,
  denominator: () => 1,
};
const BOOL: Attributes = { real: Number, imag: () => 0, numerator: Number, denominator: () => 1 };
const FLOAT: Attributes = { real: (v) => v, imag: () => pyFloat(0) };

// An attribute of a JS object is an own property, or a getter its class defines. Nothing from
// Object.prototype: `{0.constructor}` or `{0.toString}` must fail as they would in Python.
function findProperty(object: object, name: string): boolean {
  for (let o: object | null = object; o !== null && o !== Object.prototype; ) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor !== undefined) return o === object || descriptor.get !== undefined;
    o = Object.getPrototypeOf(o) as object | null;
  }
  return false;
}

function attributesOf(py: PyValue): Attributes | "properties" | undefined {
  switch (py.kind) {
    case "int":
      return INT;
    case "bool":
      return BOOL;
    case "float":
      return FLOAT;
    case "dict":
    case "object":
      return "properties";
    default:
      return undefined;
  }
}

/** `getattr(value, name)`: `getAttribute({ x: 1 }, "x")` is 1, `getAttribute(1, "real")` is 1. */
export function getAttribute(value: unknown, name: string): unknown {
  const py = toPy(value);
  const attributes = attributesOf(py);
  if (attributes === "properties") {
    if (typeof value === "object" && value !== null && findProperty(value, name)) {
      return Reflect.get(value, name);
    }
  } else {
    const read = attributes !== undefined && Object.hasOwn(attributes, name) && attributes[name];
    if (read) return read(value);
  }
  throw new PyError("AttributeError", `'${typeName(py)}' object has no attribute '${name}'`);
}

// Python indexes a str by code point; JS's text[i] would split "😀" into two surrogates.
function codePointAt(text: string, index: number): string {
  let i = 0;
  for (const ch of text) if (i++ === index) return ch;
  throw new PyError("IndexError", "string index out of range");
}

/**
 * `value[key]`, where `index` is the key read as an integer (-1 when it is not one):
 * `getItem(["a", "b"], "1", 1)` is "b", `getItem({ k: 2 }, "k", -1)` is 2.
 */
export function getItem(value: unknown, key: string, index: number): unknown {
  const py = toPy(value);
  switch (py.kind) {
    case "list":
      if (index === -1) {
        throw new PyError("TypeError", "list indices must be integers or slices, not str");
      }
      if (index >= py.items.length) throw new PyError("IndexError", "list index out of range");
      return py.items[index];
    case "str":
      if (index === -1)
        throw new PyError("TypeError", "string indices must be integers, not 'str'");
      return codePointAt(py.value, index);
    case "dict":
      // A JS object's keys are strings; in Python d[1] and d["1"] are different keys.
      if (index !== -1) throw new PyError("KeyError", String(index));
      if (Object.hasOwn(value as object, key)) return Reflect.get(value as object, key);
      throw new PyError("KeyError", repr(key));
    default:
      throw new PyError("TypeError", `'${typeName(py)}' object is not subscriptable`);
  }
}
