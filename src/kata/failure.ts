import type { Failure } from "./report.ts";

/** An error as a test runner reports it: expected and actual as it serialised them. */
export interface RunnerError {
  readonly message?: unknown;
  readonly stack?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly cause?: unknown;
}

/**
 * One failed assertion as a learner reads it (pure). `show` prints a value the runner left
 * unserialised (the CLI uses node:util's inspect; the browser playground its own); `where`
 * finds the kata's file:line in a stack. Apart from run-specs.ts so the playground's runner,
 * which has no Node, reports failures the same way.
 */
export function failureOf(
  error: RunnerError,
  show: (value: unknown) => string,
  where: (stack: string | undefined) => string | undefined,
): Failure {
  // fast-check reports the assertion that broke a property as the error's cause.
  const cause: RunnerError =
    typeof error.cause === "object" && error.cause !== null ? (error.cause as RunnerError) : {};
  // Vitest serialises values for the parent; an Error becomes an object whose toString is a
  // string, so String() would throw. `show` never does.
  const text = (v: unknown) => (v === undefined ? undefined : typeof v === "string" ? v : show(v));
  const at = where(error.stack) ?? where(cause.stack);
  const expected = text(error.expected ?? cause.expected);
  const actual = text(error.actual ?? cause.actual);
  const because = cause.message ? `\n${String(cause.message)}` : "";
  return {
    message: `${String(error.message ?? error)}${because}`,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
    ...(at === undefined ? {} : { at }),
  };
}
