// percent-format: Python's `template % values`, exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test percent-format` checks it. Your format-spec kata does the number crunching:
// import what you need from it, `import { format, PyError, pyFloat, repr, str } from "#kata/format-spec";`.

/**
 * Given: Python's name for the type of a JS value, after the README's table. Use it for the error
 * messages ("%d format: a real number is required, not str") and to classify values: "dict" is a
 * mapping, and a "float" that is not a number is a pyFloat, whose number is its `value`.
 * `pyTypeName(pyFloat(1))` is "float", `pyTypeName([])` is "list".
 */
// biome-ignore lint/correctness/noUnusedVariables: given to you; your percentFormat will use it.
function pyTypeName(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "NoneType";
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "number":
      return Number.isInteger(value) && !Object.is(value, -0) ? "int" : "float";
    case "object": {
      if (value === null) return "NoneType";
      // format-spec keeps pyFloat's brand private; its symbol is described "PyFloat".
      if (Object.getOwnPropertySymbols(value).some((s) => s.description === "PyFloat")) {
        return "float";
      }
      const dunders = ["__format__", "__str__", "__repr__"];
      const isPlain = [Object.prototype, null].includes(Object.getPrototypeOf(value));
      if (!dunders.some((name) => typeof Reflect.get(value, name) === "function")) {
        if (Array.isArray(value)) return "list";
        if (isPlain) return "dict";
      }
      const name: unknown = value.constructor?.name;
      return typeof name === "string" && name !== "" && name !== "Object" ? name : "object";
    }
    default:
      return typeof value;
  }
}

/**
 * Python's `template % values`: an array is a tuple, a plain object a mapping, anything else
 * one value. `percentFormat("Pi: %.2f", 3.14159)` is "Pi: 3.14".
 */
export function percentFormat(template: string, values: unknown): string {
  // TODO: %s and tuples first (step 1), then ints and %c (2), floats (3), keys, * and errors (4).
  throw new Error("TODO step 1 (strings-and-tuples): implement percentFormat");
}

/** The lines original.py prints, in order: `demo()[0]` is "Name: Alice, Age: 30". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (keys-stars-and-errors): implement demo");
}
