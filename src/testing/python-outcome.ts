/**
 * What a call did, as one comparable string: its result, or `raises <Type>: <message>` for a
 * Python exception (any error with a `pyType`, so the learner's own PyError class counts).
 * Other errors, a TODO stub's among them, are rethrown so the test fails with their message.
 */
export function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && "pyType" in error)
      return `raises ${String(error.pyType)}: ${error.message}`;
    throw error;
  }
}
