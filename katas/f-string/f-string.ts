// f-string kata: Python's f-strings as a tagged template, exact to CPython 3.14. Read README.md
// (or README.zh-CN.md) first, then run `npx kata test f-string`. Replace each `throw` below
// with your code.
//
// Your format-spec kata is the engine: `import { format, PyError, repr, str } from
// "#kata/format-spec";` gives you format(), repr(), str(), and PyError for the SyntaxErrors.

/**
 * Python's f-string as a tag: `` f`Pi: ${3.14159}{:.2f}` `` is "Pi: 3.14"; a `{!r}`, `{:spec}`
 * or `{label=}` right after a `${}` is that field's suffix, `{{` and `}}` are braces.
 */
export function f(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  // TODO step 1 (values-and-braces): literal text, {{ and }}, lone braces, format(value).
  // TODO step 2 (format-specs): {:spec} after a value.
  // TODO step 3 (conversions-and-debug): !r, !s, !a and the = label.
  // TODO step 4 (nested-specs-and-errors): ${} inside a spec, and every SyntaxError.
  throw new Error("TODO step 1 (values-and-braces): implement f");
}

/** The lines original.py prints, in order. */
export function demo(): string[] {
  // TODO step 4 (nested-specs-and-errors)
  throw new Error("TODO step 4 (nested-specs-and-errors): implement demo");
}
