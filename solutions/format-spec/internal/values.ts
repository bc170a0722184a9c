const FLOAT_BRAND: unique symbol = Symbol("PyFloat");

/** A JS number marked as a Python float, whatever its value. */
export interface PyFloat {
  readonly [FLOAT_BRAND]: true;
  readonly value: number;
}

/** Marks a JS number as a Python float whatever its value: `repr(pyFloat(1))` is `"1.0"`. */
export function pyFloat(x: number): PyFloat {
  return Object.freeze({ [FLOAT_BRAND]: true as const, value: x });
}

/** The dunder methods a JS object may define to behave like a Python object. */
export interface PyObjectLike {
  __format__?(spec: string): unknown;
  __str__?(): unknown;
  __repr__?(): unknown;
}

/** A JS value seen as the Python value it stands for (see the README table). */
export type PyValue =
  | { readonly kind: "none" }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "int"; readonly value: number | bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "str"; readonly value: string }
  | { readonly kind: "list"; readonly items: readonly unknown[] }
  | { readonly kind: "dict"; readonly entries: readonly (readonly [string, unknown])[] }
  | { readonly kind: "object"; readonly object: PyObjectLike; readonly typeName: string };

const DUNDERS = ["__format__", "__str__", "__repr__"] as const;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Python names the class; a JS object literal has no class of its own, so it is just "object".
function className(value: object): string {
  const name: unknown = value.constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? name : "object";
}

/** Classifies a JS value: `toPy(1)` is an int, `toPy(1.5)` and `toPy(-0)` are floats. */
export function toPy(value: unknown): PyValue {
  switch (typeof value) {
    case "undefined":
      return { kind: "none" };
    case "boolean":
      return { kind: "bool", value };
    case "bigint":
      return { kind: "int", value };
    case "number":
      // JS has one number type; an integral number is an int, unless it is -0 (a float in Python).
      // Integers past 2**53 become bigints, so that toString never switches to "1e+21".
      if (!Number.isInteger(value) || Object.is(value, -0)) return { kind: "float", value };
      return { kind: "int", value: Number.isSafeInteger(value) ? value : BigInt(value) };
    case "string":
      return { kind: "str", value };
    case "object": {
      if (value === null) return { kind: "none" };
      if (FLOAT_BRAND in value) return { kind: "float", value: (value as PyFloat).value };
      if (DUNDERS.some((name) => typeof Reflect.get(value, name) === "function")) {
        return { kind: "object", object: value as PyObjectLike, typeName: className(value) };
      }
      if (Array.isArray(value)) return { kind: "list", items: value };
      if (isPlainObject(value)) return { kind: "dict", entries: Object.entries(value) };
      return { kind: "object", object: value, typeName: className(value) };
    }
    default:
      return { kind: "object", object: {}, typeName: typeof value };
  }
}

const TYPE_NAMES = {
  none: "NoneType",
  bool: "bool",
  int: "int",
  float: "float",
  str: "str",
  list: "list",
  dict: "dict",
  object: "object",
} as const satisfies Record<PyValue["kind"], string>;

/** Python's `type(x).__name__`: `typeName(toPy(null))` is `"NoneType"`. */
export function typeName(value: PyValue): string {
  return value.kind === "object" ? value.typeName : TYPE_NAMES[value.kind];
}
