import { expect } from "vitest";
import { withFramesOf } from "./stack-frames.ts";

type Settled = { readonly outcome: string } | { readonly thrown: unknown };

/** Runs `run`; a Python exception (any error with a `pyType`, the learner's own PyError class too) is an outcome. */
function settle(run: () => string): Settled {
  try {
    return { outcome: run() };
  } catch (error) {
    if (error instanceof Error && "pyType" in error)
      return { outcome: `raises ${String(error.pyType)}: ${error.message}` };
    return { thrown: error };
  }
}

const article = (name: string) => (/^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`);

/** What an expected outcome is, in words: `a ValueError` for `raises ValueError: ...`, else `a result`. */
function described(expected: string): string {
  const type = /^raises (\w+): /.exec(expected)?.[1];
  return type === undefined ? "a result" : article(type);
}

/**
 * Rethrows what a call threw instead of an outcome. A TODO stub's error goes on unchanged, so its
 * message stays the first line a learner reads. Any other JavaScript error becomes one that names
 * its type and message against what was wanted, with the thrown error's stack frames, so that
 * the failure still points at the line that threw.
 */
function rethrow(thrown: unknown, wanted: string, expected?: string, label?: string): never {
  if (!(thrown instanceof Error) || /^TODO\b/.test(thrown.message)) throw thrown;
  const what = `${article(thrown.name)} (${thrown.message}) was thrown where ${wanted} was expected`;
  const error = new Error(label === undefined ? what : `${label}: ${what}`);
  const shown =
    expected === undefined ? {} : { expected, actual: `${thrown.name}: ${thrown.message}` };
  throw withFramesOf(Object.assign(error, shown), thrown);
}

/**
 * What a call did, as one comparable string: its result, or `raises <Type>: <message>` for a
 * Python exception: `outcome(() => format(1, "q")) // "raises ValueError: Unknown format code..."`.
 * A JavaScript error fails the test as "a RangeError (...) was thrown where a result or a Python
 * exception was expected"; a TODO stub's error fails it with its own message.
 */
export function outcome(run: () => string): string {
  const settled = settle(run);
  if ("thrown" in settled) return rethrow(settled.thrown, "a result or a Python exception");
  return settled.outcome;
}

/**
 * Expects a call's {@link outcome} to be `expected`, and names the Python exception that was
 * wanted when a JavaScript error came instead: "a RangeError (Invalid string length) was thrown
 * where a ValueError was expected". `label` names the quantity, as `expect`'s message does.
 * `expectOutcome(() => format(1, "q"), "raises ValueError: Unknown format code 'q' for object of type 'int'")`.
 */
export function expectOutcome(run: () => string, expected: string, label?: string): void {
  const settled = settle(run);
  if ("thrown" in settled) rethrow(settled.thrown, described(expected), expected, label);
  else expect(settled.outcome, label).toBe(expected);
}
