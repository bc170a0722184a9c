import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import type { Manifest } from "../kata/manifest.ts";
import { testTitle } from "./kata-words.ts";

const base = kata("k", ["print-queue"]).manifest;
const translated: Manifest = {
  ...base,
  translations: {
    "zh-CN": {
      source: "0123456789abcdef",
      title: "K 练习",
      steps: { "print-queue": { title: "打印队列", hints: ["想一想"] } },
      tests: {
        "law: keeps order": "性质：保持顺序",
        "after a reset > starts empty": "重置之后 > 从空队列开始",
      },
    },
  },
};

describe("testTitle", () => {
  it("gives the Chinese title of a test or law the translation names", () => {
    expect(testTitle(translated, "law: keeps order", "zh-CN")).toBe("性质：保持顺序");
    expect(testTitle(translated, "after a reset > starts empty", "zh-CN")).toBe(
      "重置之后 > 从空队列开始",
    );
  });

  it("falls back to the English title the translation does not name", () => {
    expect(testTitle(translated, "shares one queue", "zh-CN")).toBe("shares one queue");
  });

  it("falls back to English when the kata has no translated tests, or no translation", () => {
    const noTests: Manifest = {
      ...base,
      translations: { "zh-CN": { source: "0123456789abcdef", title: "K 练习", steps: {} } },
    };
    expect(testTitle(noTests, "law: keeps order", "zh-CN")).toBe("law: keeps order");
    expect(testTitle(base, "law: keeps order", "zh-CN")).toBe("law: keeps order");
  });

  it("keeps the English title in English", () => {
    expect(testTitle(translated, "law: keeps order", "en")).toBe("law: keeps order");
  });
});
