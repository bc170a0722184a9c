// Mistake: telling ints from floats with Number.isInteger alone. Number.isInteger(-0) is true, but
// Python's -0.0 is a float: format(-0.0) is "-0.0" and repr(-0.0) is "-0.0", not the int 0.
import {
  format as referenceFormat,
  repr as referenceRepr,
  str as referenceStr,
} from "../format-spec.ts";

export { demo, PyError, pyFloat } from "../format-spec.ts";

const asInt = (value: unknown) => (Object.is(value, -0) ? 0 : value);

export function format(value: unknown, spec = ""): string {
  return referenceFormat(asInt(value), spec);
}

export function repr(value: unknown): string {
  return referenceRepr(asInt(value));
}

export function str(value: unknown): string {
  return referenceStr(asInt(value));
}
