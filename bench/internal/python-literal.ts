/**
 * A JS value of the benchmark cases as a Python literal: `pyLiteral(30)` is "30",
 * `pyLiteral(3.14159)` is "3.14159", `pyLiteral(["a", 1])` is `("a", 1)`, a tuple.
 */
export function pyLiteral(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  // String(x) is the shortest round-trip text, in JavaScript and in Python alike.
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (Array.isArray(value)) {
    const items = value.map(pyLiteral);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pyLiteral(v)}`);
    return `{${entries.join(", ")}}`;
  }
  throw new Error(`no Python literal for ${String(value)}`);
}
