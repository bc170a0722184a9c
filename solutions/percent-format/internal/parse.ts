import { PyError, pyTypeName } from "../../format-spec/format-spec.ts";
import type { ArgumentCursor } from "./arguments.ts";
import { type Directive, INT_MAX } from "./directive.ts";

// A `*` takes an int (or a bool, an int subclass) from the arguments, as a C ssize_t or int.
function starArgument(value: unknown, cType: "ssize_t" | "int"): number {
  const type = pyTypeName(value);
  if (type !== "int" && type !== "bool") throw new PyError("TypeError", "* wants int");
  const n = Number(value);
  if (n > INT_MAX || n < -INT_MAX - 1) {
    throw new PyError("OverflowError", `Python int too large to convert to C ${cType}`);
  }
  return n;
}

// Written digits are read into a C int too.
function digits(text: string, tooBig: string): number {
  const n = Number(text);
  if (n > INT_MAX) throw new PyError("ValueError", tooBig);
  return n;
}

// After the key: flags, width, precision, and a length modifier (h, l or L) that Python skips.
const DIRECTIVE = /([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?[hlL]?/y;

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
  let i = start;
  if (template[i] === "(") {
    args.requireMapping();
    // The key runs to the matching parenthesis: "%((a))s" looks up "(a)".
    for (let depth = 1; depth > 0; ) {
      if (++i >= template.length) throw new PyError("ValueError", "incomplete format key");
      depth += template[i] === "(" ? 1 : template[i] === ")" ? -1 : 0;
    }
    args.selectKey(template.slice(start + 1, i++));
  }
  DIRECTIVE.lastIndex = i;
  const [parsed = "", flagText = "", widthText = "", precisionText] =
    DIRECTIVE.exec(template) ?? [];
  const flags = new Set(flagText);
  let width = -1;
  if (widthText === "*") {
    width = starArgument(args.next(), "ssize_t");
    if (width < 0) {
      flags.add("-");
      // C negates in 32 bits: -(-2**31) overflows and stays negative, which means no padding.
      width = width === -INT_MAX - 1 ? width : -width;
    }
  } else if (widthText !== "") {
    width = digits(widthText, "width too big");
  }
  let precision = -1;
  if (precisionText === "*") precision = Math.max(0, starArgument(args.next(), "int"));
  else if (precisionText !== undefined)
    precision = digits(precisionText || "0", "precision too big");
  const end = i + parsed.length;
  if (end >= template.length) throw new PyError("ValueError", "incomplete format");
  return [{ flags, width, precision, conversion: template.charAt(end) }, end + 1];
}
