import { describe, expect, it } from "vitest";
import { closest } from "./closest.ts";

const ids = ["singleton", "factory-method", "abstract-factory", "proxy", "str-format", "f-string"];

describe("closest", () => {
  it("suggests the id a typo was meant to be", () => {
    expect(closest("singelton", ids)).toEqual(["singleton"]);
    expect(closest("proxxy", ids)).toEqual(["proxy"]);
  });

  it("suggests ids that contain what was typed, nearest first", () => {
    expect(closest("factory", ids)).toEqual(["factory-method", "abstract-factory"]);
  });

  it("suggests nothing for a word far from every id", () => {
    expect(closest("nope", ids)).toEqual([]);
  });
});
