import { formatStr, PyError } from "../format-text/format-text.ts";
import { formatFloat, reprFloat } from "./internal/format-float.ts";
import { formatInt, intToDecimal } from "./internal/format-int.ts";
import { repr, str } from "./internal/repr.ts";
import { parseSpec } from "./internal/spec.ts";
import { type PyObjectLike, type PyValue, pyFloat, toPy, typeName } from "./internal/values.ts";

export type { PyErrorType } from "../format-text/format-text.ts";
export type { PyFloat, PyObjectLike } from "./internal/values.ts";
export { PyError, pyFloat, repr, str };

// object.__format__: an empty spec means str(self); anything else is refused.
function formatObject(value: unknown, py: PyValue, spec: string): string {
  if (spec === "") return str(value);
  throw new PyError("TypeError", `unsupported format string passed to ${typeName(py)}.__format__`);
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
  // A plain switch, not ts-pattern: format() is the hot path of the three formatting katas.
  switch (py.kind) {
    case "str":
      return spec === "" ? py.value : formatStr(py.value, parseSpec(spec, "s", "<", "str"));
    case "int":
      return spec === ""
        ? intToDecimal(py.value)
        : formatInt(py.value, parseSpec(spec, "d", ">", "int"), "int");
    case "bool":
      // bool is an int subclass: only the empty spec goes through str() and gives "True".
      return spec === ""
        ? str(py.value)
        : formatInt(Number(py.value), parseSpec(spec, "d", ">", "bool"), "bool");
    case "float":
      return spec === ""
        ? reprFloat(py.value)
        : formatFloat(py.value, parseSpec(spec, "", ">", "float"), "float");
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
    format(255, "#_b"),
    format(-42, "+08d"),
    format(0.25, ".1%"),
    format(123456.123456, "_._f"),
    `${format(true)} ${format(true, "d")}`,
    `${repr(pyFloat(1e16))} ${repr(0.1)} ${repr(1e-5)} ${repr(pyFloat(1))}`,
    repr("it's"),
  ];
}
