import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stepPoints } from "./points.ts";

describe("stepPoints", () => {
  it("splits 10 points over 4 steps as 3, 3, 2, 2", () => {
    expect(stepPoints(10, 4)).toEqual([3, 3, 2, 2]);
    expect(stepPoints(12, 4)).toEqual([3, 3, 3, 3]);
    expect(stepPoints(2, 3)).toEqual([1, 1, 0]);
  });

  const split = fc.record({
    points: fc.nat({ max: 1000 }),
    steps: fc.integer({ min: 1, max: 20 }),
  });

  it("law: the shares are whole, add up to the kata's points, and differ by at most one", () => {
    fc.assert(
      fc.property(split, ({ points, steps }) => {
        const shares = stepPoints(points, steps);
        expect(shares).toHaveLength(steps);
        expect(shares.every(Number.isInteger)).toBe(true);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(points);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("law: an earlier step is never worth less than a later one", () => {
    fc.assert(
      fc.property(split, ({ points, steps }) => {
        const shares = stepPoints(points, steps);
        expect(shares).toEqual(shares.toSorted((a, b) => b - a));
      }),
    );
  });
});
