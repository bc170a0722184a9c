// percent-format: Python's `template % values`, exact to CPython 3.14.
// Read README.md (or README.zh-CN.md) first. Replace each `throw` with your code;
// `npx kata test percent-format` checks it. Your format-spec kata does the number crunching:
// import what you need from it, `import { format, PyError, pyFloat, pyTypeName, repr, str } from "#kata/format-spec";`
// (pyTypeName is given there: Python's name for the type of a JS value, for the error messages).

/**
 * Python's `template % values`: an array is a tuple, a plain object a mapping, anything else
 * one value. `percentFormat("Pi: %.2f", 3.14159)` is "Pi: 3.14".
 */
export function percentFormat(template: string, values: unknown): string {
  // TODO: %s and tuples first (step 1), then ints and %c (2), floats (3), keys, * and errors (4).
  throw new Error("TODO step 1 (strings-and-tuples): implement percentFormat");
}

/** The lines original.py prints, in order: `demo()[0]` is "Name: Alice, Age: 30". */
export function demo(): string[] {
  // TODO
  throw new Error("TODO step 4 (keys-stars-and-errors): implement demo");
}
