import { formatFloat } from "../format-float/format-float.ts";
import { formatInt, intToDecimal, isFloatType } from "../format-int/format-int.ts";
import { formatStr, PyError } from "../format-text/format-text.ts";
import { repr, str } from "./internal/repr.ts";
import { parseSpec } from "./internal/spec.ts";
import { type PyObjectLike, type PyValue, pyFloat, toPy, typeName } from "./internal/values.ts";

export type { PyErrorType } from "../format-text/format-text.ts";
export type { PyFloat, PyObjectLike } from "./internal/values.ts";
export { PyError, pyFloat, repr, str };

/**
 * Python's `type(value).__name__` for a JS value, for error messages:
 * `pyTypeName(pyFloat(1))` is "float", `pyTypeName([])` is "list", `pyTypeName(null)` is "NoneType".
 */
export const pyTypeName = (value: unknown): string => typeName(toPy(value));

// object.__format__: an empty spec means str(self); anything else is refused.
function formatObject(value: unknown, py: PyValue, spec: string): string {
  if (spec === "") return str(value);
  throw new PyError("TypeError", `unsupported format string passed to ${typeName(py)}.__format__`);
}

/** `float(int)`: correctly rounded (JS's Number(bigint) rounds half to even too), or overflow. */
function intToFloat(value: number | bigint): number {
  const x = Number(value);
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "int too large to convert to float");
  return x;
}

// int.__format__ with a float type (e E f F g G %) formats float(n), as CPython does. format-int
// and format-float know nothing of each other, so this is where an int's spec is routed: the
// parse names the int's type in its errors, and formatInt only ever sees int types.
function formatIntSpec(value: number | bigint, spec: string, pyTypeName: string): string {
  const parsed = parseSpec(spec, "d", ">", pyTypeName);
  return isFloatType(parsed.type)
    ? formatFloat(intToFloat(value), spec)
    : formatInt(value, parsed, pyTypeName);
}

function callFormat(object: PyObjectLike, method: (spec: string) => unknown, spec: string) {
  const result = method.call(object, spec);
  if (typeof result !== "string") {
    throw new PyError("TypeError", `__format__ must return a str, not ${typeName(toPy(result))}`);
  }
  return result;
}

/**
 * Python's built-in `format(value, spec)`: `format(0.125, ".2f")` is "0.12",
 * `format(1234567, "_")` is "1_234_567", `format("ab", "^6")` is "  ab  ".
 */
export function format(value: unknown, spec = ""): string {
  const py = toPy(value);
  // A plain switch, not ts-pattern: format() is the hot path of the formatting katas.
  switch (py.kind) {
    case "str":
      return spec === "" ? py.value : formatStr(py.value, parseSpec(spec, "s", "<", "str"));
    case "int":
      return spec === "" ? intToDecimal(py.value) : formatIntSpec(py.value, spec, "int");
    case "bool":
      // bool is an int subclass: only the empty spec goes through str() and gives "True".
      return spec === "" ? str(py.value) : formatIntSpec(Number(py.value), spec, "bool");
    case "float":
      return formatFloat(py.value, spec);
    case "object": {
      const method = py.object.__format__;
      return method === undefined
        ? formatObject(value, py, spec)
        : callFormat(py.object, method, spec);
    }
    case "none":
    case "list":
    case "dict":
      return formatObject(value, py, spec);
    default:
      return py satisfies never;
  }
}

/** The lines original.py prints, in order: `demo()[0]` is "Pi: 3.14". */
export function demo(): string[] {
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
  const pi = 3.14159;
  const name = "Alice";
  const age = 30;
  return [
    `Pi: ${format(pi, ".2f")}`,
    `Name: ${format(name)}, Age: ${format(age, "d")}`,
    format(0.125, ".2f"),
    format(2.675, ".2f"),
    format(12345678901234567890n, ","),
    `[${format(name, ">10")}]`,
    `[${format(name, "*^11")}]`,
    format(42, ".2f"),
    format(-1234.5, "012,.1f"),
    format(0.25, ".1%"),
    format(123456.123456, "_._f"),
    `${format(true)} ${format(true, "d")}`,
    `${repr(pyFloat(1e16))} ${repr(0.1)} ${repr(1e-5)} ${repr(pyFloat(1))}`,
    repr("it's"),
  ];
}
