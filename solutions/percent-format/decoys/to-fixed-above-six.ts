// Mistake: the exact format-spec engine up to precision 6, `toFixed` above it ("the default
// precision is where ties happen"). toFixed rounds exact ties away from zero at every precision:
// "%.7f" % 2**-8 gives "0.0039063", CPython "0.0039062"; and it throws a RangeError above 100.
import { CONVERSIONS, layoutNumber, real } from "../internal/conversions.ts";
import type { Directive } from "../internal/directive.ts";
import { render } from "../internal/render.ts";

export * from "../percent-format.ts";

function fixed(value: unknown, directive: Directive): string {
  // The reference converter first, for its type errors and for inf and nan.
  const exact = real(value, directive);
  const x =
    typeof value === "object" && value !== null && "value" in value
      ? Number(value.value)
      : Number(value);
  if (directive.precision <= 6 || !Number.isFinite(x)) return exact;
  const text = x.toFixed(directive.precision);
  return layoutNumber("", directive.conversion === "F" ? text.toUpperCase() : text, directive);
}

/** `template % values`, with toFixed above precision 6. */
export function percentFormat(template: string, values: unknown): string {
  return render(template, values, { ...CONVERSIONS, f: fixed, F: fixed });
}
