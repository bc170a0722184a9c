import { format, pyFloat, repr, str } from "#kata/format-spec";
import { type Field, type Piece, parseTemplate } from "./internal/parse.ts";

const hex = (cp: number, digits: number) => cp.toString(16).padStart(digits, "0");

/** Python's `ascii()`: `repr()` with every non-ASCII code point escaped. */
function ascii(value: unknown): string {
  let out = "";
  for (const ch of repr(value)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else out += cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  }
  return out;
}

const CONVERT = { r: repr, s: str, a: ascii } as const satisfies Record<
  NonNullable<Field["conversion"]>,
  (value: unknown) => string
>;

function render(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === "string" ? piece : renderField(piece))).join("");
}

// CPython's order: the value, its conversion, then the nested fields of the spec, then format().
function renderField({ value, label, conversion, spec }: Field): string {
  // `=` without a conversion or a spec means `!r`; with a `:` it means format(), as CPython does.
  const convert = conversion ?? (label !== "" && spec === undefined ? "r" : undefined);
  const converted = convert === undefined ? value : CONVERT[convert](value);
  return label + format(converted, spec === undefined ? "" : render(spec));
}

/**
 * Python's f-string as a tag: `` f`Pi: ${3.14159}{:.2f}` `` is "Pi: 3.14"; a `{!r}`, `{:spec}`
 * or `{label=}` right after a `${}` is that field's suffix, `{{` and `}}` are braces.
 */
export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  // A tagged template keeps an invalid escape such as "\q" as `undefined`; Python keeps it as text.
  const parts = strings.map((cooked, i) => cooked ?? strings.raw[i] ?? "");
  return render(parseTemplate(parts, values));
}

/** The lines original.py prints, in order: `demo()[1]` is "Pi: 3.14". */
export function demo(): string[] {
  const name = "Alice";
  const age = 30;
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
  const pi = 3.14159;
  const width = 10;
  const precision = 3;
  return [
    f`Name: ${name}, Age: ${age}`,
    f`Pi: ${pi}{:.2f}`,
    f`[${pi}{:${width}.${precision}f}]`,
    f`[${name}{!r:>9}] [${name}{!s:^9}]`,
    f`${name}{name=} ${age}{age = } ${pi}{pi=:.1f}`,
    f`${"Zoë"}{!a} ${age}{:#x} {{literal braces}}`,
    f`${true} ${null} ${[1, "a"]} ${0.1 + 0.2}`,
    f`${pyFloat(1)} ${2 ** 70} ${1e16}{:,}`,
  ];
}
