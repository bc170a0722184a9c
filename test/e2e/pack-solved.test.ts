import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installInto } from "./install.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// A teacher who assigns str-format alone can ship what it builds on already solved: the pack has
// no references, so without --solved a student would have to write the whole formatting chain
// below str-format first.
const chain = ["format-text", "format-int", "format-float", "format-spec"];
let box: Sandbox;
let pack: string;
const kata = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(pack, "bin/kata.js"), ...args], {
    cwd: pack,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, KATA_DAEMON: "0", CI: "" },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
beforeAll(() => {
  box = sandbox([...chain, "str-format"]);
  for (const file of ["scripts/kata-steps.ts", "package-lock.json", ".gitignore"])
    cpSync(join(import.meta.dirname, "../..", file), join(box.root, file));
  pack = join(mkdtempSync(join(tmpdir(), "kata-e2e-solved-")), "pack");
});
afterAll(() => {
  box.remove();
  rmSync(join(pack, ".."), { recursive: true, force: true });
});

describe("kata pack --solved", () => {
  it("refuses a kata the pack does not hold, saying which it holds", () => {
    const run = box.kata("pack", pack, "--katas", "str-format", "--solved", "singleton");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--solved singleton: the pack does not hold singleton");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(pack)).toBe(false);
  });

  it("ships the named kata and what it builds on solved, marked given, without decoys", () => {
    const run = box.kata("pack", pack, "--katas", "str-format", "--solved", "format-spec");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `place of the stub (marked given; the katas built on them run on it): ${chain.join(", ")}.`,
    );
    for (const id of chain) {
      const shipped = readFileSync(join(pack, `katas/${id}/${id}.ts`), "utf8");
      expect(shipped, `katas/${id}/${id}.ts`).toBe(
        readFileSync(join(box.root, `solutions/${id}/${id}.ts`), "utf8"),
      );
      expect(JSON.parse(readFileSync(join(pack, `katas/${id}/kata.json`), "utf8")).given).toBe(
        true,
      );
      expect(existsSync(join(pack, `katas/${id}/decoys`)), `katas/${id}/decoys`).toBe(false);
    }
    expect(readFileSync(join(pack, "katas/str-format/str-format.ts"), "utf8")).toContain("TODO");
    expect(existsSync(join(pack, "solutions"))).toBe(false);
    expect(readFileSync(join(pack, "README.md"), "utf8")).toContain("(**given solved**");
  });

  it("lists the given katas as done, and runs the assigned one on them with no warning", () => {
    installInto(pack);
    const list = kata("list");
    expect(list.stdout).toMatch(/format-spec\s+✓ given/);
    expect(list.stdout).toMatch(/str-format\s+· to do/);
    expect(list.stdout).toContain("4/5 katas");

    const stub = kata("test", "str-format");
    expect(stub.code).toBe(1);
    expect(stub.stdout).not.toContain("which you have not finished");
    expect(stub.stdout).toMatch(/TODO step 1 \([a-z-]+\): implement/);

    // A student's str-format that works passes on the given chain, CPython parity included.
    cpSync(join(box.root, "solutions/str-format"), join(pack, "katas/str-format"), {
      recursive: true,
      filter: (source) => !source.includes("decoys"),
    });
    const solved = kata("test", "str-format");
    expect(solved.stdout).toContain("parity");
    expect(solved.code).toBe(0);
  });
});
