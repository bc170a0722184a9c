import { describe, expect, it } from "vitest";
import { unlinkedPrerequisites } from "./prerequisite-links.ts";

describe("unlinkedPrerequisites", () => {
  it("accepts a link to each prerequisite's README in the same language", () => {
    const readme = "It builds on [`format-text`](../format-text/README.md) and on nothing else.";
    expect(unlinkedPrerequisites(["format-text"], readme, "en")).toEqual([]);
  });

  it("names a prerequisite only mentioned, or linked in the other language", () => {
    const zh = "它建立在 `format-text` 和 [`format-int`](../format-int/README.md) 之上。";
    expect(unlinkedPrerequisites(["format-text", "format-int"], zh, "zh-CN")).toEqual([
      "format-text",
      "format-int",
    ]);
  });
});
