import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutDirError } from "./errors.ts";
import { prepareOutDir } from "./out-dir.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kata-out-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("prepareOutDir", () => {
  it("makes the missing folders and leaves no probe behind", async () => {
    const out = join(dir, "a/b/c");
    expect(await prepareOutDir(out)).toBe(out);
    expect(readdirSync(out)).toEqual([]);
  });

  it("takes a folder that exists", async () => {
    mkdirSync(join(dir, "r"));
    expect(await prepareOutDir(join(dir, "r"))).toBe(join(dir, "r"));
  });

  it("refuses a file in the way, or under the way", async () => {
    writeFileSync(join(dir, "README.md"), "");
    await expect(prepareOutDir(join(dir, "README.md"))).rejects.toMatchObject({
      problem: "file",
    });
    await expect(prepareOutDir(join(dir, "README.md/x"))).rejects.toMatchObject({
      problem: "create",
    });
    expect(existsSync(join(dir, "README.md/x"))).toBe(false);
  });

  it("refuses /proc at once: a folder there cannot be made, nor a file written", async () => {
    await expect(prepareOutDir("/proc/kata-reports")).rejects.toBeInstanceOf(OutDirError);
    await expect(prepareOutDir("/proc/self")).rejects.toMatchObject({ problem: "write" });
  });
});
