import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { NoSubmissionsError } from "./errors.ts";
import { findSubmission, findSubmissions } from "./submissions.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kata-subs-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text = "export {};\n") {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const katas = [kata("singleton"), kata("observer")];

describe("findSubmissions", () => {
  it("finds a kata in a clone (katas/<id>/) or in a copy of katas/ (<id>/), with its own files", async () => {
    write("ann/katas/singleton/singleton.ts");
    write("ann/katas/singleton/internal/helper.ts");
    write("ann/katas/singleton/singleton.test.ts", "tampered");
    write("ann/katas/singleton/compare.ts");
    write("ben/observer/observer.ts");
    const [ann, ben] = await findSubmissions(dir, katas);
    expect(ann?.katas.get("singleton")).toEqual({
      kind: "files",
      dir: join(dir, "ann/katas/singleton"),
      files: ["internal/helper.ts", "singleton.ts"],
    });
    expect(ann?.katas.get("observer")).toEqual({ kind: "missing" });
    expect(ben?.katas.get("observer")?.kind).toBe("files");
  });

  it("refuses a kata file that is a symbolic link", async () => {
    mkdirSync(join(dir, "eve/katas/singleton"), { recursive: true });
    symlinkSync("/etc/passwd", join(dir, "eve/katas/singleton/singleton.ts"));
    const [eve] = await findSubmissions(dir, katas);
    expect(eve?.katas.get("singleton")).toMatchObject({ kind: "refused" });
  });

  it("refuses a kata folder reached through a link out of the student's folder", async () => {
    write("elsewhere/singleton/singleton.ts");
    mkdirSync(join(dir, "mal"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "mal/katas"));
    const [, mal] = await findSubmissions(dir, katas);
    expect(mal?.katas.get("singleton")).toMatchObject({ kind: "refused" });
  });

  it("reports a student folder that is a symbolic link as refusals, without following it", async () => {
    write("elsewhere/katas/singleton/singleton.ts");
    symlinkSync(join(dir, "elsewhere"), join(dir, "linked"));
    const linked = (await findSubmissions(dir, katas)).find((s) => s.student === "linked");
    expect([...(linked?.katas.values() ?? [])]).toEqual([
      { kind: "refused", reason: expect.stringMatching(/symbolic link/) },
      { kind: "refused", reason: expect.stringMatching(/symbolic link/) },
    ]);
  });

  it("stops at folders nested more than eight deep, for that kata only", async () => {
    write(`deb/katas/singleton/singleton.ts`);
    write(`deb/katas/singleton/${"d/".repeat(9)}x.ts`);
    write("deb/katas/observer/observer.ts");
    const [deb] = await findSubmissions(dir, katas);
    expect(deb?.katas.get("singleton")).toEqual({
      kind: "invalid",
      reason: "katas/singleton has folders nested more than 8 deep",
    });
    expect(deb?.katas.get("observer")?.kind).toBe("files");
  });

  it("skips hidden folders and files, and sorts students by name", async () => {
    write("zoe/singleton/singleton.ts");
    write("amy/singleton/singleton.ts");
    write(".git/singleton/singleton.ts");
    write("notes.txt");
    expect((await findSubmissions(dir, katas)).map((s) => s.student)).toEqual(["amy", "zoe"]);
  });

  it("takes a kata file on its own at the top of the student's folder", async () => {
    write("gus/singleton.ts");
    write("gus/helper.ts");
    const [gus] = await findSubmissions(dir, katas);
    expect(gus?.katas.get("singleton")).toEqual({
      kind: "files",
      dir: join(dir, "gus"),
      files: ["singleton.ts"],
    });
  });

  it("grades one folder as one student (--single)", async () => {
    write("submission/katas/observer/observer.ts");
    const one = await findSubmission(join(dir, "submission"), katas);
    expect(one.student).toBe("submission");
    expect(one.katas.get("observer")?.kind).toBe("files");
    expect(one.katas.get("singleton")).toEqual({ kind: "missing" });
    await expect(findSubmission(join(dir, "none"), katas)).rejects.toMatchObject({
      reason: "missing",
    });
  });

  it("says why a folder cannot be graded", async () => {
    await expect(findSubmissions(dir, katas)).rejects.toThrow(NoSubmissionsError);
    await expect(findSubmissions(join(dir, "nope"), katas)).rejects.toMatchObject({
      reason: "missing",
    });
  });
});
