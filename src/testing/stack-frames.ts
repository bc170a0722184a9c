/**
 * Gives `error` the stack frames of `source`, under its own first line, so that a test runner
 * points where `source` was thrown: `withFramesOf(new Error("report"), assertionError)`. When
 * `source` is not an Error with frames, `error` keeps its own. Returns `error`.
 */
export function withFramesOf<E extends Error>(error: E, source: unknown): E {
  const lines = source instanceof Error ? (source.stack ?? "").split("\n") : [];
  const first = lines.findIndex((line) => /^\s+at /.test(line));
  if (first !== -1)
    error.stack = `${error.name}: ${error.message}\n${lines.slice(first).join("\n")}`;
  return error;
}
