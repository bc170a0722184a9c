import { describe, expect, it } from "vitest";
import { lawTitles, missingLawTitles } from "./law-titles.ts";

describe("lawTitles", () => {
  it("reads every law's title, in any quote, escapes removed", () => {
    const spec = [
      'it("law: cost equals the base plus the add-ons", () => {});',
      "it('law: it\\'s idempotent', () => {});",
      "it(`law: widths count code points`, () => {});",
      'it("law: a \\"quoted\\" word", async () => {});',
      'it("counts nothing: not a law", () => {});',
    ].join("\n");
    expect(lawTitles(spec)).toEqual([
      "cost equals the base plus the add-ons",
      "it's idempotent",
      "widths count code points",
      'a "quoted" word',
    ]);
  });
});

describe("missingLawTitles", () => {
  const heading = "How the spec checks you";
  it("finds the titles a README's section does not name", () => {
    const readme = `# K\nthe add-ons\n## ${heading}\n- *cost equals the base plus the add-ons*\n`;
    expect(
      missingLawTitles(["cost equals the base plus the add-ons", "the add-ons"], readme, heading),
    ).toEqual([]);
    expect(missingLawTitles(["order is kept"], readme, heading)).toEqual(["order is kept"]);
  });

  it("counts every title as missing when the heading is not there", () => {
    expect(missingLawTitles(["order is kept"], "# K\norder is kept\n", heading)).toEqual([
      "order is kept",
    ]);
  });
});
