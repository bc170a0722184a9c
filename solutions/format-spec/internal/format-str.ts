import { codePointLength, pad } from "./layout.ts";
import type { FormatSpec } from "./spec.ts";
import { codeText } from "./spec.ts";
import { PyError } from "./values.ts";

/** str.__format__ for a non-empty spec (CPython's format_string_internal). */
export function formatStr(value: string, spec: FormatSpec): string {
  if (spec.type !== "s") {
    throw new PyError(
      "ValueError",
      `Unknown format code '${codeText(spec.type)}' for object of type 'str'`,
    );
  }
  if (spec.sign !== "") {
    const what = spec.sign === " " ? "Space" : "Sign";
    throw new PyError("ValueError", `${what} not allowed in string format specifier`);
  }
  if (spec.noNegZero) {
    throw new PyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in string format specifier",
    );
  }
  if (spec.alternate) {
    throw new PyError("ValueError", "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align === "=") {
    throw new PyError("ValueError", "'=' alignment not allowed in string format specifier");
  }
  const length = codePointLength(value);
  if (spec.precision < 0 || spec.precision >= length) return pad(value, length, spec);
  // Precision truncates to code points, never between the halves of a surrogate pair.
  const kept = Array.from(value).slice(0, spec.precision).join("");
  return pad(kept, spec.precision, spec);
}
