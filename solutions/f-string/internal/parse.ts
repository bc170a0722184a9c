import { PyError } from "#kata/format-spec";

/** One `${value}` and the `{=!conv:spec}` suffix written after it. */
export interface Field {
  readonly value: unknown;
  /** The `=` label as printed (`"x = "`), or "" when the field has no `=`. */
  readonly label: string;
  readonly conversion: "r" | "s" | "a" | undefined;
  /** The spec's literal text and nested fields; `undefined` when there is no `:`. */
  readonly spec: readonly Piece[] | undefined;
}

/** Literal text, or a replacement field. */
export type Piece = string | Field;

// Python's tokenizer allows only these between the parts of a replacement field.
const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\f"]);
const NAME_START = /[\p{ID_Start}_]/u;
const NAME_CONTINUE = /\p{ID_Continue}/u;
const CONVERSIONS = new Set(["r", "s", "a"]);
// f"{x:{w:{p}}}" is as deep as CPython nests.
const MAX_DEPTH = 2;

/** Where the cursor is: a character, a `${}` value between two parts, or the end. */
type At =
  | { readonly kind: "char"; readonly char: string }
  | { readonly kind: "value" }
  | { readonly kind: "end" };

const syntaxError = (message: string) => new PyError("SyntaxError", `f-string: ${message}`);
const EXPECTING_CLOSE = "expecting '}'";
const JUNK = "expecting '=', or '!', or ':', or '}'";
const AFTER_LABEL = "expecting '!', or ':', or '}'";

/** Walks the cooked parts of a tagged template and the values between them. */
class Cursor {
  #part = 0;
  #index = 0;
  #value = 0;

  constructor(
    private readonly parts: readonly string[],
    private readonly values: readonly unknown[],
  ) {}

  peek(ahead = 0): At {
    const text = this.parts[this.#part] ?? "";
    const char = text[this.#index + ahead];
    if (char !== undefined) return { kind: "char", char };
    if (ahead > 0) return { kind: "char", char: "" };
    return this.#part < this.values.length ? { kind: "value" } : { kind: "end" };
  }

  is(char: string, ahead = 0): boolean {
    const at = this.peek(ahead);
    return at.kind === "char" && at.char === char;
  }

  char(): string | undefined {
    const at = this.peek();
    return at.kind === "char" ? at.char : undefined;
  }

  skip(count = 1): void {
    this.#index += count;
  }

  takeValue(): unknown {
    const value = this.values[this.#value];
    this.#value += 1;
    this.#part += 1;
    this.#index = 0;
    return value;
  }

  /** Consumes characters while `test` holds; never crosses a value. */
  takeWhile(test: (char: string) => boolean): string {
    let taken = "";
    for (let c = this.char(); c !== undefined && test(c); c = this.char()) {
      taken += c;
      this.skip();
    }
    return taken;
  }
}

const isSpace = (c: string) => WHITESPACE.has(c);
const isBlank = (text: string) => [...text].every(isSpace);
const isConversion = (name: string): name is "r" | "s" | "a" => CONVERSIONS.has(name);

// A `{` that no `${}` precedes would open a field around a Python expression, and the tag
// has no expressions in its text. The message is the one CPython gives for what follows.
function loneOpenBrace(cursor: Cursor): PyError {
  cursor.skip();
  cursor.takeWhile(isSpace);
  const at = cursor.peek();
  if (at.kind === "end") return syntaxError(EXPECTING_CLOSE);
  if (at.kind === "char" && "}!:=".includes(at.char)) {
    return syntaxError(`valid expression required before '${at.char}'`);
  }
  return syntaxError("expecting a valid expression after '{'");
}

function parseConversion(cursor: Cursor, afterLabel: boolean): "r" | "s" | "a" {
  cursor.skip(); // the "!"
  const c = cursor.char();
  if (cursor.peek().kind === "end") throw syntaxError(EXPECTING_CLOSE);
  // "!=" is Python's not-equal operator, not a conversion.
  if (c === "=") throw syntaxError(afterLabel ? AFTER_LABEL : JUNK);
  if (c !== undefined && NAME_START.test(c)) {
    const name = cursor.takeWhile((ch) => NAME_CONTINUE.test(ch));
    if (isConversion(name)) return name;
    throw syntaxError(`invalid conversion character '${name}': expected 's', 'r', or 'a'`);
  }
  if (c !== undefined && (isSpace(c) || c === "}" || c === ":")) {
    cursor.takeWhile(isSpace);
    const next = cursor.char();
    // Spaces then the end of the template: CPython reports the missing brace, not the character.
    if (next === undefined) throw syntaxError("expecting '}'");
    if (NAME_START.test(next)) {
      throw syntaxError("conversion type must come right after the exclamation mark");
    }
    throw syntaxError("missing conversion character");
  }
  throw syntaxError("invalid conversion character");
}

/** The suffix after a value: `{` [label `=` ws] [`!` conversion] [`:` spec] `}`. */
function parseSuffix(cursor: Cursor, value: unknown, depth: number): Field {
  cursor.skip(); // the "{"
  const head = cursor.takeWhile((c) => !"=!:{}".includes(c));
  let label = "";
  if (cursor.peek().kind === "end") throw syntaxError(EXPECTING_CLOSE);
  if (cursor.is("=")) {
    if (cursor.is("=", 1)) throw syntaxError(JUNK);
    if (isBlank(head)) throw syntaxError("valid expression required before '='");
    cursor.skip();
    label = `${head}=${cursor.takeWhile(isSpace)}`;
    if (cursor.peek().kind === "end") throw syntaxError(EXPECTING_CLOSE);
    if (!(cursor.is("!") || cursor.is(":") || cursor.is("}"))) {
      throw syntaxError(AFTER_LABEL);
    }
  } else if (!isBlank(head) || cursor.is("{") || cursor.char() === undefined) {
    throw syntaxError(JUNK);
  }
  let conversion: Field["conversion"];
  if (cursor.is("!")) {
    conversion = parseConversion(cursor, label !== "");
    cursor.takeWhile(isSpace);
    if (cursor.peek().kind === "end") throw syntaxError(EXPECTING_CLOSE);
    if (!(cursor.is(":") || cursor.is("}"))) throw syntaxError("expecting ':' or '}'");
  }
  let spec: readonly Piece[] | undefined;
  if (cursor.is(":")) {
    cursor.skip();
    spec = parsePieces(cursor, depth + 1);
  }
  cursor.skip(); // the "}"
  return { value, label, conversion, spec };
}

function parseField(cursor: Cursor, depth: number): Field {
  if (depth > MAX_DEPTH) throw syntaxError("expressions nested too deeply");
  const value = cursor.takeValue();
  // At the top, "{{" after a value is an escaped brace; inside a spec, "{" always opens.
  const opens = cursor.is("{") && (depth > 0 || !cursor.is("{", 1));
  return opens
    ? parseSuffix(cursor, value, depth)
    : { value, label: "", conversion: undefined, spec: undefined };
}

/**
 * Literal text and fields, up to the end (depth 0) or up to the `}` that closes a spec
 * (depth > 0, left unconsumed). Only the top level halves `{{` and `}}`: inside a spec,
 * CPython reads `{` as a nested field and `}` as the end of the spec.
 */
function parsePieces(cursor: Cursor, depth: number): Piece[] {
  const pieces: Piece[] = [];
  let text = "";
  for (;;) {
    const at = cursor.peek();
    if (at.kind === "end") {
      if (depth > 0) throw syntaxError("expecting '}', or format specs");
      break;
    }
    if (at.kind === "value") {
      if (text !== "") pieces.push(text);
      text = "";
      pieces.push(parseField(cursor, depth));
      continue;
    }
    const { char } = at;
    if (char === "}" && depth > 0) break;
    if (char === "{" || char === "}") {
      if (depth > 0 || !cursor.is(char, 1)) {
        if (char === "}") throw syntaxError("single '}' is not allowed");
        // A `{` in a spec opens a field one level deeper than the spec's own field.
        if (depth > MAX_DEPTH) throw syntaxError("expressions nested too deeply");
        throw loneOpenBrace(cursor);
      }
      cursor.skip();
    }
    text += char;
    cursor.skip();
  }
  if (text !== "") pieces.push(text);
  return pieces;
}

/** Parses a whole tagged template before anything is formatted, as CPython compiles first. */
export function parseTemplate(parts: readonly string[], values: readonly unknown[]): Piece[] {
  return parsePieces(new Cursor(parts, values), 0);
}
