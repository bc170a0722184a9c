import { describe, expect, it } from "vitest";
import { versionKey } from "./daemon-version.ts";

const stamps = [
  { path: "src/cli/main.ts", size: 4200, mtimeMs: 1_764_700_000_000 },
  { path: "bin/kata.js", size: 1500, mtimeMs: 1_764_700_000_500 },
];

describe("the daemon's version key", () => {
  it("is a SHA-256 of the Node version, NODE_OPTIONS and the files, whatever their order", () => {
    const key = versionKey("v20.20.2", "", stamps);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(versionKey("v20.20.2", "", [...stamps].reverse())).toBe(key);
  });

  it("changes with the Node version, NODE_OPTIONS, a file's size or time, and a file more or less", () => {
    const key = versionKey("v20.20.2", "", stamps);
    const changed = [
      versionKey("v22.23.5", "", stamps),
      versionKey("v20.20.2", "--max-old-space-size=512", stamps),
      versionKey("v20.20.2", "", [{ ...stamps[0], size: 4201 }, stamps[1]] as typeof stamps),
      versionKey("v20.20.2", "", [
        { ...stamps[0], mtimeMs: 1_764_700_000_001 },
        stamps[1],
      ] as typeof stamps),
      versionKey("v20.20.2", "", stamps.slice(0, 1)),
      versionKey("v20.20.2", "", [...stamps, { path: "src/new.ts", size: 1, mtimeMs: 1 }]),
    ];
    expect(new Set([key, ...changed]).size).toBe(7);
  });
});
