import type { TranscriptParity } from "../kata/outcome.ts";

// Pure, apart from the files and CPython they come from: the browser playground compares
// the same way.

/** The lines CPython printed as the file of stdout it was (pure). */
export const stdoutLines = (stdout: string): string[] => stdout.replace(/\n$/, "").split("\n");

/**
 * Compares demo()'s lines with CPython's, line by line (pure): the first line that differs, or
 * "same". `python` is the CPython version that printed `expected`.
 */
export function parityOf(
  python: string,
  expected: readonly string[],
  actual: readonly string[],
): TranscriptParity {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      return {
        kind: "differ",
        python,
        line: i + 1,
        expected: expected[i] ?? "(no line)",
        actual: actual[i] ?? "(no line)",
      };
    }
  }
  return { kind: "same", python, lines: expected.length };
}
