import { diffLines } from "diff";
import type { Paint } from "./paint.ts";

/**
 * Expected against actual, line by line, for values that span lines (a transcript, a long
 * string): only the lines that differ, marked `-` expected and `+` actual, with `context`
 * unchanged lines around them and the rest elided (pure).
 */
export function lineDiff(
  expected: string,
  actual: string,
  paint: Pick<Paint, "green" | "red" | "dim">,
  unchanged: (count: number) => string,
  context = 1,
): string {
  const rows: string[] = [];
  const ended = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  const parts = diffLines(ended(expected), ended(actual));
  parts.forEach((part, index) => {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.added) rows.push(...lines.map((l) => paint.red(`+ ${l}`)));
    else if (part.removed) rows.push(...lines.map((l) => paint.green(`- ${l}`)));
    else {
      const head = index === 0 ? [] : lines.slice(0, context);
      const tail = index === parts.length - 1 ? [] : lines.slice(-context);
      const skipped = lines.length - head.length - tail.length;
      if (skipped <= 0) rows.push(...lines.map((l) => `  ${l}`));
      else {
        rows.push(...head.map((l) => `  ${l}`));
        rows.push(paint.dim(`  ${unchanged(skipped)}`));
        rows.push(...tail.map((l) => `  ${l}`));
      }
    }
  });
  return rows.join("\n");
}
