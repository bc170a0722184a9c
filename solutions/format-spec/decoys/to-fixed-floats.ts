// Mistake: rounding floats with toFixed / toExponential. Both round the exact binary value half
// *up* where CPython rounds half to even (0.125 -> "0.13" instead of "0.12"), and toFixed
// switches to exponent form from 1e21 ("1e+21" instead of 22 digits and a fraction).
import { format as referenceFormat } from "../format-spec.ts";

export { demo, PyError, pyFloat, repr, str } from "../format-spec.ts";

const SIMPLE = /^\.(\d{1,2})([fFeE%])$/;

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "value" in value) {
    return typeof value.value === "number" ? value.value : undefined;
  }
  return undefined;
}

// JS writes "1.5e+3"; Python wants at least two exponent digits: "1.5e+03".
const pythonExponent = (text: string) => text.replace(/e([+-])(\d)$/, "e$10$2");

export function format(value: unknown, spec = ""): string {
  const [, digits, type] = SIMPLE.exec(spec) ?? [];
  const x = asNumber(value);
  if (digits === undefined || x === undefined || !Number.isFinite(x)) {
    return referenceFormat(value, spec);
  }
  const p = Number(digits);
  switch (type) {
    case "f":
    case "F":
      return x.toFixed(p);
    case "%":
      return `${(x * 100).toFixed(p)}%`;
    case "E":
      return pythonExponent(x.toExponential(p)).toUpperCase();
    default:
      return pythonExponent(x.toExponential(p));
  }
}
