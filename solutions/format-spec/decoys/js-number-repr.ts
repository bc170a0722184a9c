// Mistake: printing floats with JS's String(x), plus ".0" when it looks integral. JS picks the
// same shortest digits but lays them out differently: Python writes 1e-05 (JS: 0.00001),
// 1e+16 (JS: 10000000000000000) and nan / inf (JS: NaN / Infinity).
import {
  format as referenceFormat,
  repr as referenceRepr,
  str as referenceStr,
} from "../format-spec.ts";

export { demo, PyError, pyFloat } from "../format-spec.ts";

function floatValue(value: unknown): number | undefined {
  if (typeof value === "number" && (!Number.isInteger(value) || Object.is(value, -0))) return value;
  if (typeof value === "object" && value !== null && "value" in value) {
    return typeof value.value === "number" ? value.value : undefined;
  }
  return undefined;
}

function jsRepr(x: number): string {
  const text = String(x);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

export function repr(value: unknown): string {
  const x = floatValue(value);
  return x === undefined ? referenceRepr(value) : jsRepr(x);
}

export function str(value: unknown): string {
  const x = floatValue(value);
  return x === undefined ? referenceStr(value) : jsRepr(x);
}

export function format(value: unknown, spec = ""): string {
  const x = floatValue(value);
  return x !== undefined && spec === "" ? jsRepr(x) : referenceFormat(value, spec);
}
