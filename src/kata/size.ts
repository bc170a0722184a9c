import type { SourceFile } from "./source-files.ts";

/** The most lines of code a reference may have: a model answer for one sitting (issue #15). */
export const REFERENCE_LINE_LIMIT = 250;

/**
 * Lines of code, the same rule for every file and both sides of a comparison: a line counts
 * unless it is blank or holds only a comment (it starts with `//`, `/*` or a TSDoc `*`).
 * A line of code with a comment after it counts.
 */
export const codeLines = (text: string): number =>
  text.split("\n").filter((l) => l.trim() !== "" && !/^\s*(\/\/|\*|\/\*)/.test(l)).length;

/**
 * The text without `demo()`: from `export function demo(` (or `export async function demo(`) to the first `}` at the start of a
 * line. demo() replays original.py line by line; it is not the code the kata teaches.
 */
export function withoutDemo(text: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^export (async )?function demo\(/.test(l));
  if (start < 0) return text;
  const end = lines.findIndex((l, i) => i > start && l.startsWith("}"));
  return [...lines.slice(0, start), ...(end < 0 ? [] : lines.slice(end + 1))].join("\n");
}

/** A reference's size as the limit counts it: lines of code over every file, demo() left out. */
export const referenceSize = (files: readonly SourceFile[]): number =>
  files.reduce((sum, f) => sum + codeLines(withoutDemo(f.text)), 0);
