import { describe, expect, it } from "vitest";
import { sizeProblems } from "./size-check.ts";

describe("sizeProblems", () => {
  it("accepts a reference of at most 250 lines of code", () => {
    expect(sizeProblems(250, "solutions/singleton")).toEqual([]);
  });

  it("refuses a reference of 251 lines, saying how to fix it", () => {
    expect(sizeProblems(251, "solutions/singleton")).toEqual([
      "solutions/singleton has 251 lines of code, more than 250 (docs/kata-contract.md says how they are counted): shorten the reference, or split the kata in two",
    ]);
  });
});
