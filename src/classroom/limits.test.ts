import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timerMs } from "./limits.ts";

describe("timerMs", () => {
  it("turns seconds into milliseconds", () => {
    expect(timerMs(10)).toBe(10_000);
  });

  it("law: never more than setTimeout holds, never negative", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (seconds) => {
        const ms = timerMs(seconds);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(2 ** 31 - 1);
      }),
    );
  });
});
