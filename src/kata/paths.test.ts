import { win32 } from "node:path";
import { describe, expect, it } from "vitest";
import { isInside, toPosix } from "./paths.ts";

describe("toPosix", () => {
  it("turns a Windows path into the form TypeScript prints", () => {
    expect(toPosix(win32.join("katas", "proxy", "proxy.ts"))).toBe("katas/proxy/proxy.ts");
    expect(toPosix("./katas/proxy/proxy.ts")).toBe("katas/proxy/proxy.ts");
  });
});

describe("isInside", () => {
  it("matches a diagnostic's file with a kata folder built on Windows", () => {
    expect(isInside("katas/proxy/proxy.ts", win32.join("katas", "proxy"))).toBe(true);
    expect(isInside(win32.join("katas", "proxy", "proxy.ts"), "katas/proxy")).toBe(true);
  });

  it("does not take a folder whose name only starts the same for the same folder", () => {
    expect(isInside("katas/proxy-two/x.ts", "katas/proxy")).toBe(false);
    expect(isInside("katas/proxy", "katas/proxy")).toBe(false);
  });
});
