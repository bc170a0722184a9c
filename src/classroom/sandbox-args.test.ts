import { describe, expect, it } from "vitest";
import { isRefusal, sandboxArgs } from "./sandbox-args.ts";

describe("sandboxArgs", () => {
  it("allows reading each folder, and nothing else: no writes, processes, threads or addons", () => {
    const args = sandboxArgs({ nodeMajor: 20, readable: ["/tmp/a", "/deps/x/"], memoryMb: 256 });
    expect(args).toEqual([
      "--experimental-permission",
      "--allow-fs-read=/tmp/a/",
      "--allow-fs-read=/deps/x/",
      "--max-old-space-size=256",
    ]);
    expect(args.join(" ")).not.toMatch(/allow-(fs-write|child-process|worker|addons|wasi)/);
  });

  it("loads the guard first, as a file URL", () => {
    const args = sandboxArgs({
      nodeMajor: 20,
      readable: [],
      memoryMb: 64,
      preload: "/w/g/guard.mjs",
    });
    expect(args.at(-1)).toBe("--import=file:///w/g/guard.mjs");
  });

  it("uses --permission from Node 22, where it is no longer experimental", () => {
    expect(sandboxArgs({ nodeMajor: 22, readable: [], memoryMb: 64 })[0]).toBe("--permission");
  });

  it("never allows the network, which Node 25 and later then refuse", () => {
    for (const nodeMajor of [20, 22, 24, 25, 26]) {
      const args = sandboxArgs({ nodeMajor, readable: ["/tmp/a"], memoryMb: 64 });
      expect(args.join(" ")).not.toMatch(/allow-net/);
    }
  });
});

describe("isRefusal", () => {
  it("knows Node's permission errors by code or by message", () => {
    expect(isRefusal({ code: "ERR_ACCESS_DENIED", message: "" })).toBe(true);
    expect(isRefusal({ code: "ERR_DLOPEN_DISABLED", message: "" })).toBe(true);
    expect(isRefusal({ message: "Error: Access to this API has been restricted" })).toBe(true);
    expect(isRefusal({ message: "expected 1 to be 2" })).toBe(false);
  });
});
