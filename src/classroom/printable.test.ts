import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable, UNPRINTABLE } from "./printable.ts";

describe("printable", () => {
  it("writes escape sequences, bells, newlines and bidi overrides as escapes", () => {
    expect(printable("eve\x1b[2J\x1b]0;owned\x07\n\u202e")).toBe(
      "eve\\x1b[2J\\x1b]0;owned\\x07\\x0a\\u202e",
    );
  });

  it("law: leaves no character below space, no DEL, no C1 and no bidi control", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(printable(text)).not.toMatch(UNPRINTABLE);
      }),
    );
  });

  it("law: leaves printable text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        fc.pre(!UNPRINTABLE.test(text));
        expect(printable(text)).toBe(text);
      }),
    );
  });
});
