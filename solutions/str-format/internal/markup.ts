import { PyError } from "#kata/format-spec";

/** A replacement field `{name!conversion:spec}`. */
export interface Field {
  readonly kind: "field";
  readonly name: string;
  /** One code point after `!`, or "" when there is none. */
  readonly conversion: string;
  readonly spec: string;
  /** The spec holds `{`: it is itself a template, expanded before formatting. */
  readonly nested: boolean;
}

/** One piece of a template: literal text, or a replacement field. */
export type Piece = { readonly kind: "literal"; readonly text: string } | Field;

const valueError = (message: string) => new PyError("ValueError", message);

// The spec runs to the `}` that balances the field's `{`, so `{:{w}.{p}f}` is one field.
function readSpec(
  template: string,
  from: number,
  name: string,
  conversion: string,
): readonly [Field, number] {
  let depth = 1;
  let nested = false;
  for (let i = from; i < template.length; i++) {
    const c = template[i];
    if (c === "{") {
      nested = true;
      depth++;
    } else if (c === "}" && --depth === 0) {
      return [{ kind: "field", name, conversion, spec: template.slice(from, i), nested }, i + 1];
    }
  }
  throw valueError("unmatched '{' in format spec");
}

// CPython's parse_field: the name ends at `}`, `:` or `!`, except inside `[...]`.
function readField(template: string, from: number): readonly [Field, number] {
  let i = from;
  let c = "";
  while (i < template.length) {
    c = template[i++] ?? "";
    if (c === "{") throw valueError("unexpected '{' in field name");
    if (c === "[") {
      while (i < template.length && template[i] !== "]") i++;
    } else if (c === "}" || c === ":" || c === "!") {
      break;
    }
  }
  const name = template.slice(from, i - 1);
  if (c === "}") return [{ kind: "field", name, conversion: "", spec: "", nested: false }, i];
  if (c !== "!" && c !== ":") throw valueError("expected '}' before end of string");
  if (c === ":") return readSpec(template, i, name, "");
  if (i >= template.length) {
    throw valueError("end of string while looking for conversion specifier");
  }
  // One code point, not one UTF-16 unit: "{!😀}" names the conversion 😀.
  const conversion = String.fromCodePoint(template.codePointAt(i) ?? 0);
  i += conversion.length;
  if (i < template.length) {
    const after = template[i++];
    if (after === "}") return [{ kind: "field", name, conversion, spec: "", nested: false }, i];
    if (after !== ":") throw valueError("expected ':' after conversion specifier");
  }
  return readSpec(template, i, name, conversion);
}

/**
 * Splits a template lazily, as CPython's MarkupIterator does: a field is rendered before the
 * text after it is even parsed, so `"{0}{".format()` is an IndexError, not a ValueError.
 */
export function* markup(template: string): Generator<Piece, void, undefined> {
  let pos = 0;
  while (pos < template.length) {
    let i = pos;
    while (i < template.length && template[i] !== "{" && template[i] !== "}") i++;
    if (i === template.length) {
      yield { kind: "literal", text: template.slice(pos) };
      return;
    }
    const brace = template[i];
    const next = template[i + 1];
    if (next === brace) {
      // "{{" and "}}" are the braces themselves: keep one, skip the other.
      yield { kind: "literal", text: template.slice(pos, i + 1) };
      pos = i + 2;
      continue;
    }
    if (brace === "}") throw valueError("Single '}' encountered in format string");
    if (next === undefined) throw valueError("Single '{' encountered in format string");
    if (i > pos) yield { kind: "literal", text: template.slice(pos, i) };
    const [field, end] = readField(template, i + 1);
    yield field;
    pos = end;
  }
}
