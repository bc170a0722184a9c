import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { solvedWithBelow } from "./pack.ts";

const on = (id: string, requires: string[] = []) => {
  const k = kata(id);
  return { ...k, manifest: { ...k.manifest, requires } };
};
// format-spec builds on format-text and format-int; str-format on format-spec.
const packed = [
  on("format-text"),
  on("format-int"),
  on("format-spec", ["format-text", "format-int"]),
  on("str-format", ["format-spec"]),
];

describe("solvedWithBelow", () => {
  it("solves what a solved kata builds on, so that it never runs over a stub", () => {
    expect(solvedWithBelow(packed, ["format-spec"], new Set(["str-format"]))).toEqual([
      "format-text",
      "format-int",
      "format-spec",
    ]);
  });

  it("leaves a chosen kata to the students, even below a solved one", () => {
    const chosen = new Set(["format-text", "str-format"]);
    expect(solvedWithBelow(packed, ["format-spec"], chosen)).toEqual(["format-int", "format-spec"]);
  });

  it("solves nothing when nothing is named", () => {
    expect(solvedWithBelow(packed, [], new Set(["str-format"]))).toEqual([]);
  });
});
