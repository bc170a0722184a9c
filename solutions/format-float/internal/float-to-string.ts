import {
  type Digits,
  exactFixed,
  fixedDigits,
  shortestDigits,
  significantDigits,
} from "./digits.ts";

/** dtoa's modes as PyOS_double_to_string names them: 'r' is repr, the shortest round trip. */
export type Mode = "e" | "f" | "g" | "r";

export interface Flags {
  readonly upper: boolean;
  readonly alternate: boolean;
  /** Repr style: keep a ".0" on integral values ("1.0", not "1"). */
  readonly addDot0: boolean;
  readonly noNegZero: boolean;
}

/**
 * A port of CPython's PyOS_double_to_string / format_float_short, fed with exact digits:
 * `floatToString(0.125, "f", 2, flags)` is "0.12", half to even on the stored binary value.
 */
export function floatToString(x: number, mode: Mode, precision: number, flags: Flags): string {
  if (Number.isNaN(x)) return flags.upper ? "NAN" : "nan";
  let negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return `${negative ? "-" : ""}${flags.upper ? "INF" : "inf"}`;
  const abs = Math.abs(x);
  // The common 'f' case: when toFixed is exact, its text is already format_float_short's.
  const fixed = mode === "f" ? exactFixed(abs, precision) : undefined;
  if (fixed !== undefined) {
    // 'z' drops the sign of a value that rounds to zero: "-0.00" becomes "0.00".
    if (negative && flags.noNegZero && /^[0.]*$/.test(fixed)) negative = false;
    const text = flags.alternate && precision === 0 ? `${fixed}.` : fixed;
    return negative ? `-${text}` : text;
  }
  // 'e' asks for precision + 1 significant digits; 'g' treats precision 0 as 1.
  const significant =
    mode === "e" ? precision + 1 : mode === "g" && precision === 0 ? 1 : precision;
  const rounded: Digits =
    mode === "r"
      ? shortestDigits(abs)
      : mode === "f"
        ? fixedDigits(abs, precision)
        : significantDigits(abs, significant);
  const { digits } = rounded;
  let { decpt } = rounded;
  if (flags.noNegZero && digits === "0") negative = false;

  // Which slice of the infinite string ...000<digits>000... to print, and whether to use an
  // exponent: the rules of format_float_short.
  let useExponent = false;
  let end = digits.length;
  if (mode === "e") {
    useExponent = true;
    end = significant;
  } else if (mode === "f") {
    end = decpt + precision;
  } else if (mode === "g") {
    useExponent = decpt <= -4 || decpt > (flags.addDot0 ? significant - 1 : significant);
    if (flags.alternate) end = significant;
  } else {
    // repr switches to exponent form at 1e16, not at toString's 1e21.
    useExponent = decpt <= -4 || decpt > 16;
  }
  const exponent = decpt - 1;
  if (useExponent) decpt = 1;
  end = Math.max(end, !useExponent && flags.addDot0 ? decpt + 1 : decpt);

  let text: string;
  if (decpt <= 0) {
    text = `0.${"0".repeat(-decpt)}${digits}${"0".repeat(end - digits.length)}`;
  } else if (decpt <= digits.length) {
    text = `${digits.slice(0, decpt)}.${digits.slice(decpt)}${"0".repeat(end - digits.length)}`;
  } else {
    text = `${digits}${"0".repeat(decpt - digits.length)}.${"0".repeat(end - decpt)}`;
  }
  if (text.endsWith(".") && !flags.alternate) text = text.slice(0, -1);
  if (useExponent) {
    const sign = exponent < 0 ? "-" : "+";
    text += `${flags.upper ? "E" : "e"}${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return negative ? `-${text}` : text;
}
