// Mistake: printing a float's repr with JS's String(x), plus ".0" when it looks integral. JS picks
// the same shortest digits but lays them out differently: Python writes 1e-05 (JS: 0.00001),
// 1e+16 (JS: 10000000000000000) and nan / inf (JS: NaN / Infinity), and keeps the sign of -0.0.
import { formatFloat as referenceFormat } from "../format-float.ts";

export { demo } from "../format-float.ts";

export function reprFloat(x: number): string {
  const text = String(x);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

export function formatFloat(x: number, spec = ""): string {
  return spec === "" ? reprFloat(x) : referenceFormat(x, spec);
}
