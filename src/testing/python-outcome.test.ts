import { describe, expect, it } from "vitest";
import { expectOutcome, outcome } from "./python-outcome.ts";

/** A Python exception as the katas raise it: an Error with a `pyType`. */
class PyError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
  }
}

const raising = (pyType: string, message: string) => (): string => {
  throw new PyError(pyType, message);
};

/** A call that fails the way `"x".repeat(2 ** 31)` does. */
function tooLong(): string {
  throw new RangeError("Invalid string length");
}

const todo = (): string => {
  throw new Error("TODO step 1 (strings-and-alignment): implement format");
};

/** What `run` throws; fails the test when it throws nothing. */
function thrownBy(run: () => unknown): Error & { expected?: unknown; actual?: unknown } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw, but nothing was thrown");
}

describe("outcome", () => {
  it("is the result of a call that returns", () => {
    expect(outcome(() => "  1")).toBe("  1");
  });

  it("is `raises <Type>: <message>` for any error with a pyType", () => {
    expect(outcome(raising("ValueError", "width too big"))).toBe(
      "raises ValueError: width too big",
    );
  });

  it("fails naming the JavaScript error thrown where a result or a Python exception was expected", () => {
    expect(thrownBy(() => outcome(tooLong)).message).toBe(
      "a RangeError (Invalid string length) was thrown where a result or a Python exception was expected",
    );
  });

  it("lets a TODO stub's error through unchanged, so its message comes first", () => {
    const error = new Error("TODO step 1 (strings-and-alignment): implement format");
    expect(
      thrownBy(() =>
        outcome(() => {
          throw error;
        }),
      ),
    ).toBe(error);
  });
});

describe("expectOutcome", () => {
  it("passes when the outcome is the one expected, a result or a Python exception", () => {
    expectOutcome(() => "  1", "  1");
    expectOutcome(raising("ValueError", "width too big"), "raises ValueError: width too big");
  });

  it("fails as expect(...).toBe does on another outcome, with the label first", () => {
    const error = thrownBy(() =>
      expectOutcome(raising("TypeError", "nope"), "raises ValueError: width too big", "%5d"),
    );
    expect(error.message).toBe(
      "%5d: expected 'raises TypeError: nope' to be 'raises ValueError: width too big' // Object.is equality",
    );
  });

  it("names the thrown JavaScript error against the expected Python exception", () => {
    const error = thrownBy(() =>
      expectOutcome(tooLong, "raises OverflowError: precision too large"),
    );
    expect(error.message).toBe(
      "a RangeError (Invalid string length) was thrown where an OverflowError was expected",
    );
    expect([error.expected, error.actual]).toEqual([
      "raises OverflowError: precision too large",
      "RangeError: Invalid string length",
    ]);
  });

  it("names it against an expected result too, and puts the label first", () => {
    const error = thrownBy(() => expectOutcome(tooLong, "   1", "width 4"));
    expect(error.message).toBe(
      "width 4: a RangeError (Invalid string length) was thrown where a result was expected",
    );
  });

  it("points where the JavaScript error was thrown", () => {
    const thrown = new TypeError("x.padStart is not a function");
    const error = thrownBy(() =>
      expectOutcome(() => {
        throw thrown;
      }, "raises ValueError: width too big"),
    );
    const frames = (stack = "") => stack.split("\n").filter((line) => /^\s+at /.test(line));
    expect(error.stack?.split("\n")[0]).toBe(
      "Error: a TypeError (x.padStart is not a function) was thrown where a ValueError was expected",
    );
    expect(frames(error.stack)).toEqual(frames(thrown.stack));
  });

  it("lets a TODO stub's error through unchanged", () => {
    expect(thrownBy(() => expectOutcome(todo, "raises ValueError: width too big")).message).toBe(
      "TODO step 1 (strings-and-alignment): implement format",
    );
  });

  it("lets a thrown value that is not an Error through unchanged", () => {
    let thrown: unknown;
    try {
      expectOutcome(() => {
        throw "a string";
      }, "x");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe("a string");
  });
});
