import { PyError, pyFloat, pyTypeName, repr } from "../../format-spec/format-spec.ts";
import { parseIndex } from "./field-name.ts";

type Attributes = Readonly<Record<string, (value: unknown) => unknown>>;

// The data attributes of Python's numbers; their other attributes are methods, which a port
// cannot print as CPython does ("<built-in method ... at 0x...>").
const NUMBERS: Readonly<Record<string, Attributes>> = {
  int: { real: (v) => v, imag: () => 0, numerator: (v) => v, denominator: () => 1 },
  bool: { real: Number, imag: () => 0, numerator: Number, denominator: () => 1 },
  float: { real: (v) => v, imag: () => pyFloat(0) },
};

// An attribute of a JS object is an own property, or a getter its class defines. Nothing from
// Object.prototype: `{0.constructor}` or `{0.toString}` must fail as they would in Python.
function hasAttribute(object: object, name: string): boolean {
  for (let o: object | null = object; o !== null && o !== Object.prototype; ) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor !== undefined) return o === object || descriptor.get !== undefined;
    o = Object.getPrototypeOf(o) as object | null;
  }
  return false;
}

/** `getattr(value, name)`: `getAttribute({ x: 1 }, "x")` is 1, `getAttribute(1, "real")` is 1. */
export function getAttribute(value: unknown, name: string): unknown {
  const type = pyTypeName(value);
  const numeric = Object.hasOwn(NUMBERS, type) ? NUMBERS[type] : undefined;
  const read = numeric !== undefined && Object.hasOwn(numeric, name) ? numeric[name] : undefined;
  if (read !== undefined) return read(value);
  const isObject = typeof value === "object" && value !== null;
  if (numeric === undefined && isObject && !Array.isArray(value) && hasAttribute(value, name)) {
    return Reflect.get(value, name);
  }
  throw new PyError("AttributeError", `'${type}' object has no attribute '${name}'`);
}

/** `value[key]`: `getItem(["a", "b"], "1")` is "b", `getItem({ k: 2 }, "k")` is 2. */
export function getItem(value: unknown, key: string): unknown {
  const index = parseIndex(key);
  const type = pyTypeName(value);
  if (type === "list" || type === "str") {
    if (index === -1) {
      const message =
        type === "list"
          ? "list indices must be integers or slices, not str"
          : "string indices must be integers, not 'str'";
      throw new PyError("TypeError", message);
    }
    // Python indexes a str by code point; JS's text[i] would split "😀" into two surrogates.
    const items = Array.isArray(value) ? value : Array.from(value as string);
    if (index >= items.length) {
      throw new PyError("IndexError", `${type === "str" ? "string" : "list"} index out of range`);
    }
    return items[index];
  }
  if (type !== "dict") throw new PyError("TypeError", `'${type}' object is not subscriptable`);
  // A JS object's keys are strings; in Python d[1] and d["1"] are different keys.
  if (index !== -1) throw new PyError("KeyError", String(index));
  if (Object.hasOwn(value as object, key)) return Reflect.get(value as object, key);
  throw new PyError("KeyError", repr(key));
}
