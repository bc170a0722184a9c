import { describe, expect, it } from "vitest";
import { elide, pyLike } from "./py-like.ts";

describe("pyLike", () => {
  it("writes values as Python prints them", () => {
    expect(pyLike({ name: "Ann", ok: true, none: null, xs: [1, 2.5] })).toBe(
      "{'name': 'Ann', 'ok': True, 'none': None, 'xs': [1, 2.5]}",
    );
    expect(pyLike("it's")).toBe("'it\\'s'");
  });

  it("shortens a 4,301-digit number to its ends and says how much is left out", () => {
    const digits = "7".repeat(4301);
    const short = pyLike(digits, 60);
    expect(short.length).toBeLessThan(90);
    expect(short).toContain("characters)");
    expect(short.startsWith("'777")).toBe(true);
  });

  it("lists at most twenty items when shortened", () => {
    expect(
      pyLike(
        Array.from({ length: 25 }, (_, i) => i),
        1000,
      ),
    ).toMatch(/, 19, … 5 more\]$/);
  });
});

describe("elide", () => {
  it("leaves short text alone", () => {
    expect(elide("short", 10)).toBe("short");
  });
});
