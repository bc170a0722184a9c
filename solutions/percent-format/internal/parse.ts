import { PyError } from "#kata/format-spec";
import { toPy } from "../../format-spec/internal/values.ts";
import type { ArgumentCursor } from "./arguments.ts";
import { type Directive, type Flag, INT_MAX } from "./directive.ts";

const FLAGS: ReadonlySet<string> = new Set<Flag>(["-", "+", " ", "#", "0"]);

// A `*` takes an int (or a bool, an int subclass) from the arguments, as a C ssize_t or int.
function starArgument(value: unknown, cType: "ssize_t" | "int"): number {
  const py = toPy(value);
  if (py.kind !== "int" && py.kind !== "bool") throw new PyError("TypeError", "* wants int");
  const n = Number(py.value);
  if (n > INT_MAX || n < -INT_MAX - 1) {
    throw new PyError("OverflowError", `Python int too large to convert to C ${cType}`);
  }
  return n;
}

/** Reads a template one character at a time as CPython does: past the end, `ch` keeps its value. */
class Scanner {
  ch: string;
  pos: number;
  exhausted = false;

  constructor(
    readonly template: string,
    start: number,
  ) {
    this.pos = start;
    // CPython peeks at the character after '%' (a NUL past the end) before reading anything.
    this.ch = template.charAt(start);
  }

  read(): boolean {
    if (this.pos < this.template.length) this.ch = this.template.charAt(this.pos++);
    else this.exhausted = true;
    return !this.exhausted;
  }

  is(ch: string): boolean {
    return this.ch === ch;
  }

  isDigit(): boolean {
    return this.ch >= "0" && this.ch <= "9" && this.ch.length === 1;
  }

  /** Digits from the current one on, refused past INT_MAX with `tooBig`. */
  readNumber(tooBig: string): number {
    let n = Number(this.ch);
    while (this.read() && this.isDigit()) {
      if (n > Math.floor((INT_MAX - Number(this.ch)) / 10)) throw new PyError("ValueError", tooBig);
      n = n * 10 + Number(this.ch);
    }
    return n;
  }
}

/**
 * Parses the directive after the `%` at `start - 1`, in CPython's order: key, flags, width,
 * precision, length modifier. `*` consumes arguments as it is read, so errors come out in the
 * same order as in CPython. Returns the directive and the index after its conversion character.
 */
export function parseDirective(
  template: string,
  start: number,
  args: ArgumentCursor,
): readonly [Directive, number] {
  const s = new Scanner(template, start);

  if (s.is("(")) {
    args.requireMapping();
    const keyStart = ++s.pos;
    // The key runs to the matching parenthesis: "%((a))s" looks up "(a)".
    for (let depth = 1; depth > 0; ) {
      if (s.pos >= template.length) throw new PyError("ValueError", "incomplete format key");
      const c = template.charAt(s.pos++);
      depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    }
    args.selectKey(template.slice(keyStart, s.pos - 1));
  }

  const flags = new Set<Flag>();
  while (s.read() && FLAGS.has(s.ch)) flags.add(s.ch as Flag);

  let width = -1;
  if (s.is("*") && !s.exhausted) {
    width = starArgument(args.next(), "ssize_t");
    if (width < 0) {
      flags.add("-");
      // C negates in 32 bits: -(-2**31) overflows and stays negative, which means no padding.
      width = width === -INT_MAX - 1 ? width : -width;
    }
    s.read();
  } else if (s.isDigit()) {
    width = s.readNumber("width too big");
  }

  let precision = -1;
  if (s.is(".") && !s.exhausted) {
    precision = 0;
    if (s.read() && s.is("*")) {
      precision = Math.max(0, starArgument(args.next(), "int"));
      s.read();
    } else if (!s.exhausted && s.isDigit()) {
      precision = s.readNumber("precision too big");
    }
  }

  // C's length modifiers mean nothing in Python and are skipped: "%ld" is "%d".
  if (!s.exhausted && (s.is("h") || s.is("l") || s.is("L"))) s.read();
  if (s.exhausted) throw new PyError("ValueError", "incomplete format");
  return [{ flags, width, precision, conversion: s.ch }, s.pos];
}
