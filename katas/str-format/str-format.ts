// str-format: Python's str.format(), exact to CPython 3.14, on top of your format-spec kata.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test str-format` checks it.
// Build on your format-spec kata: `import { format, PyError, repr, str } from "#kata/format-spec";`

/**
 * Python's `template.format(*args, **kwargs)`:
 * `strFormat("{} is {age}", ["Alice"], { age: 30 })` is "Alice is 30".
 */
export function strFormat(
  template: string,
  args: readonly unknown[] = [],
  kwargs: Readonly<Record<string, unknown>> = {},
): string {
  // TODO: literal text and {} (step 1), {0} and {name} (2), .attr and [key] (3),
  // !r/!s/!a and nested specs (4).
  throw new Error("TODO step 1 (literals-and-auto-fields): implement strFormat");
}

/** The lines original.py prints, in order: `demo()[0]` is "Name: Alice, Age: 30". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (conversions-and-nesting): implement demo");
}
