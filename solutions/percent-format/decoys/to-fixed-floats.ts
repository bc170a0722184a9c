// Mistake: formatting floats with toFixed / toExponential / toPrecision instead of the
// format-spec engine. They round ties away from zero on the exact binary value ("%.2f" % 0.125
// gives "0.13", CPython "0.12") and toFixed switches to exponent form from 1e21.
import { CONVERSIONS, layoutNumber } from "../internal/conversions.ts";
import type { Directive } from "../internal/directive.ts";
import { render } from "../internal/render.ts";

export { demo } from "../percent-format.ts";

function jsFloat(value: unknown, directive: Directive): string {
  const { flags, precision, conversion } = directive;
  const x =
    typeof value === "object" && value !== null && "value" in value
      ? Number(value.value)
      : Number(value);
  const p = precision < 0 ? 6 : precision;
  const lower = conversion.toLowerCase();
  let text =
    lower === "f" ? x.toFixed(p) : lower === "e" ? x.toExponential(p) : x.toPrecision(p || 1);
  text = text.replace(/e([+-])(\d)$/, "e$10$2");
  if (flags.has("#") && !text.includes(".")) text += ".";
  if (conversion !== lower) text = text.toUpperCase();
  const negative = text.startsWith("-");
  const sign = negative ? "-" : flags.has("+") ? "+" : flags.has(" ") ? " " : "";
  return layoutNumber(sign, negative ? text.slice(1) : text, directive);
}

/** `template % values`, with JavaScript's float rounding. */
export function percentFormat(template: string, values: unknown): string {
  const floats = { e: jsFloat, E: jsFloat, f: jsFloat, F: jsFloat, g: jsFloat, G: jsFloat };
  return render(template, values, { ...CONVERSIONS, ...floats });
}
