import { describe, expect, it } from "vitest";
import { ManifestError } from "../errors.ts";
import { parseManifest } from "./load-manifest.ts";

const valid = {
  id: "singleton",
  title: "Singleton",
  order: 1,
  track: "patterns",
  difficulty: "easy",
  tags: [],
  python: "original.py",
  api: ["PrinterManager"],
  steps: [{ id: "one-instance", title: "One", hints: ["think"] }],
};

function problems(json: unknown): readonly string[] {
  try {
    parseManifest("katas/x/kata.json", typeof json === "string" ? json : JSON.stringify(json));
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseManifest", () => {
  it("accepts a valid manifest", () => {
    expect(parseManifest("kata.json", JSON.stringify(valid)).steps[0]?.id).toBe("one-instance");
  });

  it("names the file and says when the text is not JSON", () => {
    expect(() => parseManifest("katas/x/kata.json", "{ nope")).toThrow(
      /katas\/x\/kata.json is not a valid kata manifest/,
    );
    expect(problems("{ nope")[0]).toMatch(/^not valid JSON/);
  });

  it("names each broken field by its path", () => {
    expect(
      problems({
        ...valid,
        difficulty: "brutal",
        steps: [{ id: "Step One", title: "x", hints: [] }],
      }),
    ).toEqual([
      expect.stringMatching(/^difficulty: /),
      "steps.0.id: must be kebab-case, like one-instance",
      "steps.0.hints: give at least one hint, from vague to specific",
    ]);
  });

  it("rejects unknown fields, so typos do not pass silently", () => {
    expect(problems({ ...valid, hint: "x" })).toEqual([expect.stringMatching(/hint/)]);
  });
});
