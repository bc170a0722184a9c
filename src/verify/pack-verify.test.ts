import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { judgeStructure } from "./pack-verify.ts";

describe("judgeStructure", () => {
  it("accepts a whole kata, and the learner's own extra exports", () => {
    const verdict = judgeStructure({
      kata: kata("singleton"),
      missingFiles: [],
      stubExports: { missing: [], extra: ["helper"] },
    });
    expect(verdict).toMatchObject({ id: "singleton", ok: true, breaches: [] });
  });

  it("names each missing file and each missing export", () => {
    const verdict = judgeStructure({
      kata: kata("singleton"),
      missingFiles: ["katas/singleton/original.py"],
      stubExports: { missing: ["demo"], extra: [] },
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.breaches).toEqual([
      "katas/singleton/original.py is missing",
      "katas/singleton/singleton.ts does not export demo (listed in kata.json api)",
    ]);
  });
});
