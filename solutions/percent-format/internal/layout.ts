import type { Directive } from "./directive.ts";

const NUMERIC: ReadonlySet<string> = new Set("diuoxXeEfFgG");
const TRUNCATED: ReadonlySet<string> = new Set("sra");
const PREFIXED: ReadonlySet<string> = new Set("xXo");
const SURROGATE = /[\uD800-\uDFFF]/;

/** Python's len(): code points, so "😀" counts once where JS's .length says 2. */
export function codePointLength(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

const firstCodePoints = (text: string, n: number) =>
  SURROGATE.test(text) ? Array.from(text).slice(0, n).join("") : text.slice(0, n);

/**
 * Pads a converted value as CPython's unicode_format_arg_output does:
 * `layout("-42", %05d)` is "-0042". Numbers take their sign (and a `#` prefix) in front of the
 * zero padding; `-` pads on the right, always with spaces; `s`, `r`, `a` are cut to the precision.
 */
export function layout(text: string, directive: Directive): string {
  const { flags, width, precision, conversion } = directive;
  let len = codePointLength(text);
  const signFlag = flags.has("+") || flags.has(" ");
  if (width <= len && (precision < 0 || precision >= len) && !signFlag) return text;

  let body = text;
  if (precision >= 0 && len > precision && TRUNCATED.has(conversion)) {
    body = firstCodePoints(text, precision);
    len = precision;
  }
  const numeric = NUMERIC.has(conversion);
  // Zero padding is for numbers only: "%05s" pads with spaces.
  const fill = numeric && flags.has("0") ? "0" : " ";
  let sign = "";
  if (numeric) {
    const first = body.charAt(0);
    if (first === "-" || first === "+") {
      sign = first;
      body = body.slice(1);
      len--;
    } else {
      sign = flags.has("+") ? "+" : flags.has(" ") ? " " : "";
    }
  }
  let room = Math.max(width, len);
  if (sign !== "" && room > len) room--;
  let prefix = "";
  if (flags.has("#") && PREFIXED.has(conversion)) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    room = Math.max(room - 2, 0);
    len -= 2;
  }
  const padding = Math.max(room - len, 0);
  const left = flags.has("-") ? "" : fill.repeat(padding);
  const right = flags.has("-") ? " ".repeat(padding) : "";
  return fill === "0" ? sign + prefix + left + body + right : left + sign + prefix + body + right;
}
