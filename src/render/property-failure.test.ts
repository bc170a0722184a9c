import { describe, expect, it } from "vitest";
import { parsePropertyFailure } from "./property-failure.ts";

describe("parsePropertyFailure", () => {
  it("reads the seed, path, counterexample and shrink count of a fast-check failure", () => {
    const message =
      'Property failed after 2 tests\n{ seed: -620679097, path: "1:1:0", endOnFailure: true }\nCounterexample: [9," "]\nShrunk 29 time(s)\n\nHint: Enable verbose mode';
    expect(parsePropertyFailure(message)).toEqual({
      seed: "-620679097",
      path: "1:1:0",
      counterexample: '[9," "]',
      shrinks: 29,
    });
  });

  it("returns undefined for an ordinary assertion message", () => {
    expect(parsePropertyFailure("expected 1 to be 2")).toBeUndefined();
  });
});
