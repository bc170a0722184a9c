import { describe, expect, it } from "vitest";
import { kata } from "./catalog.fixture.ts";
import { importedKatas, prerequisitesOf } from "./prerequisites.ts";
import { type Progress, withKata } from "./progress.ts";

const base = kata("percent-format");
const percent = { ...base, manifest: { ...base.manifest, requires: ["format-spec"] } };
const fresh: Progress = { version: 1, katas: {} };
const passed = withKata(fresh, "format-spec", { status: "passed" });
const everywhere = () => true;

describe("prerequisitesOf", () => {
  it("runs an unfinished prerequisite on its reference, a passed one on the learner's code", () => {
    expect(prerequisitesOf(percent, fresh, "auto", everywhere)).toEqual([
      { id: "format-spec", passed: false, on: "reference" },
    ]);
    expect(prerequisitesOf(percent, passed, "auto", everywhere)).toEqual([
      { id: "format-spec", passed: true, on: "own" },
    ]);
  });

  it("does as the flag says", () => {
    expect(prerequisitesOf(percent, fresh, "own", everywhere)[0]?.on).toBe("own");
    expect(prerequisitesOf(percent, passed, "reference", everywhere)[0]?.on).toBe("reference");
  });

  it("uses the learner's code where there is no reference, as in a student pack", () => {
    expect(prerequisitesOf(percent, fresh, "reference", () => false)[0]?.on).toBe("own");
  });

  it("chooses for the prerequisites of a prerequisite that runs on the learner's code", () => {
    // str-format builds on format-spec, which builds on format-text.
    const str = {
      ...base,
      id: "str-format",
      manifest: { ...base.manifest, requires: ["format-spec"] },
    };
    const spec = kata("format-spec");
    const katas = [{ ...spec, manifest: { ...spec.manifest, requires: ["format-text"] } }];
    expect(prerequisitesOf(str, passed, "auto", everywhere, katas)).toEqual([
      { id: "format-spec", passed: true, on: "own" },
      { id: "format-text", passed: false, on: "reference" },
    ]);
    // The reference format-spec imports the reference format-text: nothing below it to choose.
    expect(prerequisitesOf(str, fresh, "auto", everywhere, katas)).toEqual([
      { id: "format-spec", passed: false, on: "reference" },
    ]);
    expect(prerequisitesOf(str, fresh, "own", everywhere, katas)).toEqual([
      { id: "format-spec", passed: false, on: "own" },
      { id: "format-text", passed: false, on: "own" },
    ]);
  });

  it("runs a prerequisite given solved in a student pack on the code the pack gave", () => {
    const spec = kata("format-spec");
    const given = [{ ...spec, manifest: { ...spec.manifest, given: true as const } }];
    expect(prerequisitesOf(percent, fresh, "auto", () => false, given)).toEqual([
      { id: "format-spec", passed: true, on: "own" },
    ]);
  });

  it("has none for a kata that builds on nothing", () => {
    expect(prerequisitesOf(base, fresh, "auto", everywhere)).toEqual([]);
  });
});

describe("importedKatas", () => {
  it("lists the katas a kata's files import, each once, not itself", () => {
    const texts = [
      'import { x } from "#kata/format-spec";',
      "import('#kata/format-spec')",
      'from "#kata/str-format"',
    ];
    expect(importedKatas(texts, "str-format")).toEqual(["format-spec"]);
  });
});
