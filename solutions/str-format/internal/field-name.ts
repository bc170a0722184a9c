import { PyError, repr } from "../../format-spec/format-spec.ts";
import { getAttribute, getItem } from "./lookup.ts";

// The reference CPython (pyodide) is a 32-bit build: Py_ssize_t stops at 2**31 - 1.
const SSIZE_MAX = 2 ** 31 - 1;
const DECIMAL = /^\p{Nd}$/u;

// CPython reads indices with Py_UNICODE_TODECIMAL, so any Unicode decimal digit counts ("٣" is 3).
// Unicode encodes every decimal digit in runs 0..9, so the value is the offset within its run.
function digitValue(ch: string): number {
  if (ch >= "0" && ch <= "9") return ch.charCodeAt(0) - 48;
  if (ch < "\x80" || !DECIMAL.test(ch)) return -1;
  const cp = ch.codePointAt(0) ?? 0;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** CPython's get_integer: the value of an all-digit text, or -1 ("", "-1" and "a" are names). */
export function parseIndex(text: string): number {
  if (text === "") return -1;
  let value = 0;
  for (const ch of text) {
    const digit = digitValue(ch);
    if (digit < 0) return -1;
    // Checked digit by digit, as CPython does: "99999999999a" overflows before the "a" is seen.
    if (value > Math.floor((SSIZE_MAX - digit) / 10)) {
      throw new PyError("ValueError", "Too many decimal digits in format string");
    }
    value = value * 10 + digit;
  }
  return value;
}

const NUMBERING = { automatic: "automatic field numbering", manual: "manual field specification" };

/**
 * The arguments of one `str.format` call, and its numbering: once a call has used `{}` it may
 * not use `{0}`, and the other way round. Nested fields share the numbering and the counter.
 */
export class FormatCall {
  #numbering: keyof typeof NUMBERING | undefined;
  #next = 0;

  constructor(
    readonly args: readonly unknown[],
    readonly kwargs: Readonly<Record<string, unknown>>,
  ) {}

  /** The argument a field's first part names ("", digits or a keyword): `args[i]` or `kwargs[name]`. */
  argument(first: string): unknown {
    const index = parseIndex(first);
    if (first !== "" && index === -1) {
      // Own keys only: `{constructor}` must not find Object.prototype.constructor.
      if (Object.hasOwn(this.kwargs, first)) return this.kwargs[first];
      throw new PyError("KeyError", repr(first));
    }
    const numbering = first === "" ? "automatic" : "manual";
    if (this.#numbering !== undefined && this.#numbering !== numbering) {
      const switching = `${NUMBERING[this.#numbering]} to ${NUMBERING[numbering]}`;
      throw new PyError("ValueError", `cannot switch from ${switching}`);
    }
    this.#numbering = numbering;
    const position = first === "" ? this.#next++ : index;
    if (position >= this.args.length) {
      const message = `Replacement index ${position} out of range for positional args tuple`;
      throw new PyError("IndexError", message);
    }
    return this.args[position];
  }
}

// After the first part: `.attr` up to the next `.` or `[`, or `[key]` up to the first `]`.
const PART = /\.([^.[]*)|\[([^\]]*)\]/y;

/**
 * The value a field name stands for: `0.name[key]` is `args[0]`, then `.name`, then `[key]`.
 * Each step is looked up before the next one is parsed, as in CPython, so errors come in order.
 */
export function resolveField(name: string, call: FormatCall): unknown {
  const firstEnd = name.search(/[.[]/);
  let i = firstEnd === -1 ? name.length : firstEnd;
  let value = call.argument(name.slice(0, i));
  while (i < name.length) {
    PART.lastIndex = i;
    const match = PART.exec(name);
    if (match === null) {
      throw new PyError(
        "ValueError",
        name[i] === "["
          ? "Missing ']' in format string"
          : "Only '.' or '[' may follow ']' in format field specifier",
      );
    }
    const [whole, attribute, key = ""] = match;
    if ((attribute ?? key) === "")
      throw new PyError("ValueError", "Empty attribute in format string");
    value = attribute === undefined ? getItem(value, key) : getAttribute(value, attribute);
    i += whole.length;
  }
  return value;
}
