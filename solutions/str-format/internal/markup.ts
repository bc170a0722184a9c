import { PyError } from "../../format-spec/format-spec.ts";

/** A replacement field `{name!conversion:spec}`, read from a template up to `end`. */
export interface Field {
  readonly name: string;
  /** One code point after `!`, or "" when there is none. */
  readonly conversion: string;
  readonly spec: string;
  /** The index after the field's closing `}`. */
  readonly end: number;
}

const valueError = (message: string) => new PyError("ValueError", message);

// CPython's parse_field: the name ends at `}`, `:` or `!`, except inside `[...]`, and holds no `{`.
const NAME = /(?:[^{}:![]|\[[^\]]*\]?)*/y;

/** Reads the field after the `{` at `from - 1`: `readField("{0!r:>5}", 1)` has spec ">5". */
export function readField(template: string, from: number): Field {
  NAME.lastIndex = from;
  const name = NAME.exec(template)?.[0] ?? "";
  let i = from + name.length;
  let c = template[i++];
  if (c === "{") throw valueError("unexpected '{' in field name");
  if (c === undefined) throw valueError("expected '}' before end of string");
  let conversion = "";
  if (c === "!") {
    if (i >= template.length) {
      throw valueError("end of string while looking for conversion specifier");
    }
    // One code point, not one UTF-16 unit: "{!😀}" names the conversion 😀.
    conversion = String.fromCodePoint(template.codePointAt(i) ?? 0);
    i += conversion.length;
    c = template[i++];
    if (c !== undefined && c !== "}" && c !== ":") {
      throw valueError("expected ':' after conversion specifier");
    }
  }
  if (c === "}") return { name, conversion, spec: "", end: i };
  // The spec runs to the `}` that balances the field's `{`, so `{:{w}.{p}f}` is one field.
  for (let depth = 1, j = i; j < template.length; j++) {
    if (template[j] === "{") depth++;
    else if (template[j] === "}" && --depth === 0) {
      return { name, conversion, spec: template.slice(i, j), end: j + 1 };
    }
  }
  throw valueError("unmatched '{' in format spec");
}
