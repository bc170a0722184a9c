import { describe, expect, it } from "vitest";
import { zhCN } from "../i18n/zh-cn.ts";
import { kata } from "../kata/catalog.fixture.ts";
import { type Progress, withKata } from "../kata/progress.ts";
import { renderList } from "./list.ts";
import { plainUi } from "./ui.ts";

const fresh: Progress = { version: 1, katas: {} };
const spec = kata("format-spec");
const given = { ...spec, manifest: { ...spec.manifest, given: true as const } };
const katas = [given, kata("str-format"), kata("f-string")];

describe("renderList", () => {
  it("marks a kata given solved by the pack, counts it done and suggests the next one", () => {
    const text = renderList(katas, withKata(fresh, "str-format", { status: "failing" }), plainUi);
    expect(text).toMatch(/format-spec\s+✓ given/);
    expect(text).toMatch(/str-format\s+✗ failing/);
    expect(text).toMatch(/f-string\s+· to do/);
    expect(text).toContain("1/3 katas");
    expect(text).toContain("Next: npx kata test str-format");
  });

  it("names what a kata builds on, joined as each language joins a list", () => {
    const str = kata("str-format");
    const built = [
      { ...str, manifest: { ...str.manifest, requires: ["format-spec", "format-float"] } },
    ];
    expect(renderList(built, fresh, plainUi)).toContain("(builds on format-spec, format-float)");
    expect(renderList(built, fresh, { ...plainUi, m: zhCN })).toContain(
      "（建立在 format-spec、format-float 之上）",
    );
  });
});
