import { describe, expect, it } from "vitest";
import { lineDiff } from "./line-diff.ts";

const plain = { green: (s: string) => s, red: (s: string) => s, dim: (s: string) => s };
const same = (n: number) => `(${n} same)`;

describe("lineDiff", () => {
  it("marks the one differing line and elides the unchanged ones around it", () => {
    const expected = ["a", "b", "c", "Py 1.0", "e", "f", "g"].join("\n");
    const actual = ["a", "b", "c", "Py 1", "e", "f", "g"].join("\n");
    expect(lineDiff(expected, actual, plain, same)).toBe(
      ["  (2 same)", "  c", "- Py 1.0", "+ Py 1", "  e", "  (2 same)"].join("\n"),
    );
  });

  it("shows a missing last line as removed", () => {
    expect(lineDiff("a\nb", "a", plain, same)).toBe(["  a", "- b"].join("\n"));
  });
});
