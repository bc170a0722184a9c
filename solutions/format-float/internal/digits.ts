/**
 * Decimal digits of a finite, non-negative double, in dtoa's convention: the value is
 * `0.<digits> × 10^decpt`, and `digits` has no trailing zeros ("0" with decpt 1 for zero).
 */
export interface Digits {
  readonly digits: string;
  readonly decpt: number;
}

const ZERO: Digits = { digits: "0", decpt: 1 };
const view = new DataView(new ArrayBuffer(8));
// 5^k for k up to 1074 (the smallest subnormal is 2^-1074), built on first use.
const powersOfFive: bigint[] = [1n];

function powerOfFive(k: number): bigint {
  for (let i = powersOfFive.length; i <= k; i++)
    powersOfFive.push((powersOfFive[i - 1] ?? 1n) * 5n);
  return powersOfFive[k] ?? 5n ** BigInt(k);
}

/** A finite double as mantissa × 2^exponent, the mantissa an integer below 2^53. */
function decompose(x: number): { readonly mantissa: bigint; readonly exponent: number } {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  // Subnormals have no implicit leading 1.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  return { mantissa, exponent: (biased === 0 ? 1 : biased) - 1075 };
}

function withoutTrailingZeros(digits: string, decpt: number): Digits {
  const trimmed = digits.replace(/0+$/, "");
  return trimmed === "" ? ZERO : { digits: trimmed, decpt };
}

/**
 * The exact decimal expansion of a double: `exactDigits(0.1)` has 55 digits, because 0.1 is
 * stored as 0.1000000000000000055511151231257827021181583404541015625.
 */
export function exactDigits(x: number): Digits {
  if (x === 0) return ZERO;
  const { mantissa, exponent } = decompose(x);
  if (exponent >= 0) {
    const digits = (mantissa << BigInt(exponent)).toString();
    return withoutTrailingZeros(digits, digits.length);
  }
  // m / 2^k = m × 5^k / 10^k: an integer of digits with the point k places from the right.
  const digits = (mantissa * powerOfFive(-exponent)).toString();
  return withoutTrailingZeros(digits, digits.length + exponent);
}

/**
 * Rounds to the first `keep` digits, half to even, as dtoa does from the exact value:
 * `roundDigits({ digits: "125", decpt: 0 }, 2)` is `{ digits: "12", decpt: 0 }` (0.125 -> 0.12).
 */
export function roundDigits({ digits, decpt }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, decpt };
  if (keep < 0) return ZERO;
  const first = digits.charCodeAt(keep) - 48;
  // Trailing zeros are trimmed, so anything after the first dropped digit is non-zero.
  const tie = first === 5 && digits.length === keep + 1;
  const previous = keep === 0 ? 0 : digits.charCodeAt(keep - 1) - 48;
  const up = first > 5 || (first === 5 && !tie) || (tie && previous % 2 === 1);
  const head = digits.slice(0, keep);
  if (!up) return withoutTrailingZeros(head, decpt);
  const carried = head.replace(/9*$/, "");
  if (carried === "") return { digits: "1", decpt: decpt + 1 };
  const last = carried.charCodeAt(carried.length - 1) - 48;
  return { digits: carried.slice(0, -1) + String(last + 1), decpt };
}

/**
 * The shortest digits that read back as the same double (CPython's repr, dtoa mode 0).
 * JS's `toExponential()` without an argument yields exactly these digits.
 */
export function shortestDigits(x: number): Digits {
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), decpt: Number(exponent) + 1 };
}

const trailingZeros = (word: number) => 31 - Math.clz32(word & -word);

/**
 * True when x × 10^p lies exactly halfway between two integers. With x = m × 2^e and m odd,
 * x × 10^p = m × 5^p × 2^(e+p), a half-integer exactly when e + p = -1 (for p >= 0; for p < 0,
 * e + p = -1 is necessary only, which is enough to choose the exact path).
 */
function isTie(x: number, precision: number): boolean {
  if (x === 0) return false;
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  // The 53-bit mantissa is (high & 0xfffff, plus the implicit bit) : low; count its zero bits.
  const top = biased === 0 ? high & 0xfffff : (high & 0xfffff) | 0x100000;
  const zeros = low !== 0 ? trailingZeros(low) : 32 + trailingZeros(top);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return exponent + zeros === -1 - precision;
}

/**
 * Digits of x rounded half to even to `keep` significant digits: `'e'` and `'g'` formatting.
 * `toExponential(keep - 1)` is exact by the ECMAScript spec, except that it rounds exact ties up.
 * A tie needs the exponent before rounding, which is the printed one or, after a carry
 * (9.995 -> "1.00e+1"), one less: when either could make a tie, the BigInt path decides.
 */
export function significantDigits(x: number, keep: number): Digits {
  if (x !== 0 && keep >= 1 && keep <= 101) {
    const text = x.toExponential(keep - 1);
    const e = text.indexOf("e");
    const exponent = Number(text.slice(e + 1));
    if (!isTie(x, keep - 1 - exponent) && !isTie(x, keep - exponent)) {
      return withoutTrailingZeros(text.charAt(0) + text.slice(2, e), exponent + 1);
    }
  }
  return roundDigits(exactDigits(x), keep);
}

/**
 * CPython's `'f'` text of a finite x >= 0 from `toFixed`, or undefined when only BigInt can tell.
 * `toFixed` is exact by the ECMAScript spec, except that it prints "1e+21" from 1e21 on, and that
 * it rounds exact ties up (0.125 -> "0.13") where CPython rounds them half to even ("0.12").
 */
export function exactFixed(x: number, precision: number): string | undefined {
  if (x >= 1e21 || precision > 100) return undefined;
  if (!isTie(x, precision)) return x.toFixed(precision);
  if (precision === 100) return undefined;
  // A tie has exactly precision + 1 decimals, the last a 5, so toFixed prints it exactly. Up is
  // half to even when the kept digit is odd; otherwise the 5 (and a bare ".") is dropped.
  const kept = x.toFixed(precision + 1).slice(0, precision === 0 ? -2 : -1);
  return Number(kept.at(-1)) % 2 === 1 ? x.toFixed(precision) : kept;
}

/**
 * Digits of x rounded half to even at `precision` places after the point, from the exact
 * value: `'f'` formatting where `exactFixed` cannot answer (ties, 1e21 and up, long precisions).
 */
export function fixedDigits(x: number, precision: number): Digits {
  const exact = exactDigits(x);
  return roundDigits(exact, exact.decpt + precision);
}
