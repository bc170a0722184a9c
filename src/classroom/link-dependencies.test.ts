import { mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkDependencies } from "./link-dependencies.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kata-links-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("linkDependencies", () => {
  it("links each package, scoped ones one by one, and leaves out links that escape", async () => {
    const modules = join(dir, "repo", "node_modules");
    for (const pkg of ["vitest", "@vitest/runner", ".bin"])
      mkdirSync(join(modules, pkg), { recursive: true });
    // The repository's link to itself: following it would reach solutions/.
    symlinkSync("..", join(modules, "py2ts-katas"));
    const readable = await linkDependencies(modules, join(dir, "work", "node_modules"));
    expect(readable).toEqual([join(modules, "@vitest/runner"), join(modules, "vitest")]);
    expect(readlinkSync(join(dir, "work/node_modules/vitest"))).toBe(join(modules, "vitest"));
    expect(() => readlinkSync(join(dir, "work/node_modules/py2ts-katas"))).toThrow();
  });
});
