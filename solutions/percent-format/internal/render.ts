import { PyError } from "#kata/format-spec";
import { ArgumentCursor } from "./arguments.ts";
import type { Conversions } from "./conversions.ts";
import type { Directive } from "./directive.ts";
import { layout } from "./layout.ts";
import { parseDirective } from "./parse.ts";

// CPython shows the character when it is printable ASCII and '?' otherwise, and counts the
// index in code points.
function unsupported(template: string, at: number): PyError {
  const cp = template.codePointAt(at) ?? 0;
  const shown = cp >= 31 && cp <= 126 ? String.fromCodePoint(cp) : "?";
  const index = Array.from(template.slice(0, at)).length;
  return new PyError(
    "ValueError",
    `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
  );
}

/** A template's parse: the literal text around each directive, ready to run again. */
interface Plan {
  readonly literals: readonly string[];
  readonly directives: readonly Directive[];
}

// Templates are few and reused (a log line, a report row), so their parse is worth keeping.
// Only templates without `*` or `(key)` are kept: their parse does not depend on the values.
const plans = new Map<string, Plan>();
const MAX_PLANS = 256;

function run(plan: Plan, values: unknown, conversions: Conversions): string {
  const args = new ArgumentCursor(values);
  const { literals, directives } = plan;
  let out = literals[0] ?? "";
  for (let i = 0; i < directives.length; i++) {
    const directive = directives[i] as Directive;
    const convert = conversions[directive.conversion as keyof Conversions];
    out += layout(convert(args.next(), directive), directive) + (literals[i + 1] ?? "");
  }
  args.finish();
  return out;
}

/** `template % values` with the given conversions: one pass, left to right, as CPython. */
export function render(template: string, values: unknown, conversions: Conversions): string {
  const known = plans.get(template);
  if (known !== undefined) return run(known, values, conversions);
  const args = new ArgumentCursor(values);
  const literals: string[] = [];
  const directives: Directive[] = [];
  let literal = "";
  let out = "";
  let from = 0;
  // indexOf jumps over literal text: the common path does no per-character work.
  for (let at = template.indexOf("%"); at >= 0; at = template.indexOf("%", from)) {
    literal += template.slice(from, at);
    if (template.charAt(at + 1) === "%") {
      literal += "%";
      from = at + 2;
      continue;
    }
    const [directive, end] = parseDirective(template, at + 1, args);
    // CPython takes the value before it looks at the conversion: "%y" % () is a TypeError.
    const value = args.next();
    const convert = Object.hasOwn(conversions, directive.conversion)
      ? conversions[directive.conversion as keyof Conversions]
      : undefined;
    if (convert === undefined) throw unsupported(template, end - 1);
    out += literal + layout(convert(value, directive), directive);
    literals.push(literal);
    directives.push(directive);
    literal = "";
    from = end;
  }
  args.finish();
  literal += template.slice(from);
  // Kept only after a pass without errors, so every error still comes from this loop.
  if (!template.includes("*") && !template.includes("(")) {
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(template, { literals: [...literals, literal], directives });
  }
  return out + literal;
}
