import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenPropertyError, reportWithStackOf } from "./broken-property.ts";

const plugins = [brokenPropertyError];

/** What `run` throws; fails the test when it throws nothing. */
async function thrownBy(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw, but nothing was thrown");
}

const frames = (stack: string | undefined) =>
  (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));

describe("reportWithStackOf", () => {
  it("keeps the report as its message and the error that broke the property as its cause", () => {
    const broke = new RangeError("Invalid string length");
    const report = reportWithStackOf("Property failed after 3 tests", broke);
    expect(report.message).toBe("Property failed after 3 tests");
    expect(report.cause).toBe(broke);
  });

  it("takes the stack frames of that error, under its own first line", () => {
    const broke = new Error("first line\nsecond line");
    const report = reportWithStackOf("Property failed\nCounterexample: [1]", broke);
    expect(report.stack?.startsWith("Error: Property failed\nCounterexample: [1]\n")).toBe(true);
    expect(frames(report.stack)).toEqual(frames(broke.stack));
  });

  it("keeps its own stack when the property threw something that is not an Error", () => {
    const report = reportWithStackOf("Property failed", "a string");
    expect(report.cause).toBe("a string");
    expect(frames(report.stack).length).toBeGreaterThan(0);
  });
});

describe("brokenPropertyError", () => {
  it("reports a broken property from the assertion inside it, with its expected and actual", async () => {
    const error = await thrownBy(() =>
      fc.assert(
        fc.property(fc.nat(), (n) => {
          expect(n % 5, "the remainder of n by 5").toBe(n);
        }),
        { plugins, seed: 1 },
      ),
    );
    const cause = error.cause as Error & { expected?: unknown; actual?: unknown };
    expect(error.message).toMatch(/^Property failed after \d+ tests/);
    expect(error.message).toContain("\nCounterexample: [5]\n");
    expect(cause.message).toMatch(/^the remainder of n by 5: expected \+0 to be 5/);
    expect([cause.expected, cause.actual]).toEqual([5, 0]);
    expect(frames(error.stack)).toEqual(frames(cause.stack));
    expect(frames(error.stack)[0]).toContain("broken-property.test.ts");
  });

  it("does the same for an asynchronous property", async () => {
    const error = await thrownBy(() =>
      fc.assert(
        fc.asyncProperty(fc.nat(), async (n) => {
          await Promise.resolve();
          expect(n, "a number below 5").toBeLessThan(5);
        }),
        { plugins, seed: 1 },
      ),
    );
    expect(error.message).toMatch(/^Property failed after \d+ tests/);
    expect(frames(error.stack)).toEqual(frames((error.cause as Error).stack));
  });

  it("leaves fast-check's report alone when no run broke (too many skipped runs)", async () => {
    const error = await thrownBy(() =>
      fc.assert(
        fc.property(fc.nat(), () => {
          fc.pre(false);
        }),
        { plugins },
      ),
    );
    expect(error.message).toMatch(/^Failed to run property, too many pre-condition failures/);
  });

  it("lets a property that holds pass", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => n >= 0),
      { plugins },
    );
  });
});
