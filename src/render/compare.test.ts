import { describe, expect, it } from "vitest";
import { zhCN } from "../i18n/zh-cn.ts";
import { kata } from "../kata/catalog.fixture.ts";
import type { Kata } from "../kata/catalog.ts";
import { green, red } from "../kata/outcome.fixture.ts";
import { COMPARE_TARGETS, type Comparison } from "../kata/outcome.ts";
import { renderComparison } from "./compare.ts";
import { plain } from "./paint.ts";

const base = kata("k", ["one"]);
const k: Kata = {
  ...base,
  manifest: {
    ...base.manifest,
    translations: {
      "zh-CN": {
        source: "0123456789abcdef",
        title: "K 练习",
        steps: {},
        tests: { "law: keeps order": "性质：保持顺序" },
      },
    },
  },
};

describe("renderComparison in Chinese", () => {
  it("lists the spec's tests by the titles the translation gives them", () => {
    const yours = COMPARE_TARGETS.learner;
    const theirs = COMPARE_TARGETS.reference;
    const comparison: Comparison = {
      kata: k,
      spec: {
        kind: "tests",
        report: {
          tests: [
            { ...red("one", "law: keeps order"), target: yours },
            { ...green("one", "law: keeps order"), target: theirs },
            { ...red("one", "returns a copy"), target: yours },
            { ...green("one", "returns a copy"), target: theirs },
          ],
          loadErrors: [],
          unhandled: [],
        },
      },
      learnerFiles: [],
      referenceFiles: [],
    };
    const lines = renderComparison(
      comparison,
      { paint: plain, m: zhCN },
      { full: true, showCode: false },
    ).split("\n");
    expect(lines).toContain("    ✗    ✓  性质：保持顺序");
    expect(lines).toContain("    ✗    ✓  returns a copy");
  });
});
