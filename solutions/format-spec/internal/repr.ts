import { reprFloat } from "../../format-float/format-float.ts";
import { intToDecimal } from "../../format-int/format-int.ts";
import { PyError } from "../../format-text/format-text.ts";
import { type PyObjectLike, toPy, typeName } from "./values.ts";

// str.isprintable(): not printable are the categories Cc Cf Cs Co Cn (\p{C}) and Zl Zp Zs,
// except the space itself. JS's tables follow the Unicode version of its ICU (Node 20: 17.0),
// CPython 3.14's follow Unicode 16.0: code points assigned in between differ.
const NOT_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const NEEDS_ESCAPE = /[\\'"\p{C}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

const hex = (cp: number, digits: number) => cp.toString(16).padStart(digits, "0");

function escapeChar(ch: string, quote: string): string {
  if (ch === quote || ch === "\\") return `\\${ch}`;
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp < 0x7f || !NOT_PRINTABLE.test(ch)) return ch;
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  return cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** Python's `repr(str)`: `reprStr("it's")` is `"it's"` in double quotes, `'a\\n'` otherwise. */
export function reprStr(text: string): string {
  // Single quotes, unless the text holds a ' and no ".
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(text)) return quote + text + quote;
  let body = "";
  // for...of walks code points; a lone surrogate comes out alone and is escaped as \udxxx.
  for (const ch of text) body += escapeChar(ch, quote);
  return quote + body + quote;
}

function callDunder(object: PyObjectLike, name: "__str__" | "__repr__"): string | undefined {
  const method = object[name];
  if (method === undefined) return undefined;
  const result: unknown = method.call(object);
  if (typeof result !== "string") {
    throw new PyError("TypeError", `${name} returned non-string (type ${typeName(toPy(result))})`);
  }
  return result;
}

// `seen` holds the containers being printed, so a list inside itself prints as [...].
function reprIn(value: unknown, seen: ReadonlySet<unknown>): string {
  const py = toPy(value);
  // A plain switch, not ts-pattern: repr() sits on the hot path of every !r conversion.
  switch (py.kind) {
    case "none":
      return "None";
    case "bool":
      return py.value ? "True" : "False";
    case "int":
      return intToDecimal(py.value);
    case "float":
      return reprFloat(py.value);
    case "str":
      return reprStr(py.value);
    case "list": {
      if (seen.has(value)) return "[...]";
      const inner = new Set([...seen, value]);
      return `[${py.items.map((item) => reprIn(item, inner)).join(", ")}]`;
    }
    case "dict": {
      if (seen.has(value)) return "{...}";
      const inner = new Set([...seen, value]);
      return `{${py.entries.map(([k, v]) => `${reprStr(k)}: ${reprIn(v, inner)}`).join(", ")}}`;
    }
    case "object":
      // CPython's default adds the module and an address, which a port cannot reproduce.
      return callDunder(py.object, "__repr__") ?? `<${py.typeName} object>`;
    default:
      return py satisfies never;
  }
}

/** Python's `repr()`: `repr([1, "a", null])` is `"[1, 'a', None]"`. */
export function repr(value: unknown): string {
  return reprIn(value, new Set());
}

/** Python's `str()`: a str is itself, an object uses `__str__`, anything else is its repr. */
export function str(value: unknown): string {
  const py = toPy(value);
  if (py.kind === "str") return py.value;
  if (py.kind === "object") return callDunder(py.object, "__str__") ?? repr(value);
  return repr(value);
}
