import type { PyFloat } from "../../format-spec/format-spec.ts";

// format-spec keeps its value classifier to itself (this is its outline, for the type names),
// and pyFloat's brand too: a pyFloat(x) is a { value } with a symbol described "PyFloat".
const isPyFloat = (o: object): o is PyFloat =>
  Object.getOwnPropertySymbols(o).some((s) => s.description === "PyFloat");

const DUNDERS = ["__format__", "__str__", "__repr__"];

/** Python's `type(value).__name__` for the JS values of the README's table: `typeName(1.5)` is "float". */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number")
    return Number.isInteger(value) && !Object.is(value, -0) ? "int" : "float";
  if (typeof value === "bigint") return "int";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "str";
  if (typeof value !== "object") return typeof value;
  if (isPyFloat(value)) return "float";
  // An object with a dunder method stands for an instance of its class, even an array or a literal.
  if (!DUNDERS.some((name) => typeof Reflect.get(value, name) === "function")) {
    if (Array.isArray(value)) return "list";
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return "dict";
  }
  const name: unknown = value.constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? name : "object";
}
