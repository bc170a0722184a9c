import { describe, expect, it } from "vitest";
import { sizeProblems } from "./size-check.ts";

describe("sizeProblems", () => {
  it("accepts a reference of at most 250 lines of code", () => {
    expect(sizeProblems("singleton", 250, "solutions/singleton")).toEqual([]);
  });

  it("refuses a reference of 251 lines, saying how to fix it", () => {
    expect(sizeProblems("singleton", 251, "solutions/singleton")).toEqual([
      "solutions/singleton has 251 lines of code, more than 250 (docs/kata-contract.md says how they are counted): shorten the reference, or split the kata in two",
    ]);
  });

  it("lets a listed kata stay over the limit, and asks to unlist it once it fits", () => {
    expect(sizeProblems("str-format", 762, "solutions/str-format")).toEqual([]);
    expect(sizeProblems("str-format", 240, "solutions/str-format")).toEqual([
      "solutions/str-format has 240 lines of code, within the limit of 250: take str-format off OVER_THE_LIMIT in src/verify/size-check.ts",
    ]);
  });
});
