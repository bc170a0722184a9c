import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import type { Manifest, Translation } from "../kata/manifest.ts";
import { translatedTitleProblems } from "./translated-titles.ts";

const base = kata("queue", ["print-queue"]).manifest;
const withTests = (tests?: Translation["tests"]): Manifest => ({
  ...base,
  translations: {
    "zh-CN": {
      source: "0123456789abcdef",
      title: "队列",
      steps: { "print-queue": { title: "打印队列", hints: ["想一想"] } },
      ...(tests ? { tests } : {}),
    },
  },
});
const file = "katas/queue/kata.json";
const titles = ["shares one queue", "law: keeps order", "after a reset > starts empty"];

describe("translatedTitleProblems", () => {
  it("accepts a translation that names every title of the spec, and nothing else", () => {
    const manifest = withTests({
      "shares one queue": "所有引用共用一个队列",
      "law: keeps order": "性质：保持顺序",
      "after a reset > starts empty": "重置之后 > 队列为空",
    });
    expect(translatedTitleProblems(manifest, titles, file)).toEqual([]);
  });

  it("names the titles the translation lacks, and says how to add them", () => {
    const manifest = withTests({ "shares one queue": "所有引用共用一个队列" });
    expect(translatedTitleProblems(manifest, titles, file)).toEqual([
      'katas/queue/kata.json: translations."zh-CN".tests has no Chinese for 2 titles of the spec: "law: keeps order", "after a reset > starts empty"; add each, keyed by its English title below its step (nested describes joined with " > "), a law\'s Chinese beginning with "性质："',
    ]);
  });

  it("counts every title as missing when the translation has no tests at all", () => {
    expect(translatedTitleProblems(withTests(), ["law: keeps order"], file)).toEqual([
      'katas/queue/kata.json: translations."zh-CN".tests has no Chinese for 1 title of the spec: "law: keeps order"; add each, keyed by its English title below its step (nested describes joined with " > "), a law\'s Chinese beginning with "性质："',
    ]);
  });

  it("names the stale entries, whose English title the spec no longer has", () => {
    const manifest = withTests({
      "shares one queue": "所有引用共用一个队列",
      "law: keeps order": "性质：保持顺序",
      "after a reset > starts empty": "重置之后 > 队列为空",
      "law: keeps the order": "性质：保持顺序",
    });
    expect(translatedTitleProblems(manifest, titles, file)).toEqual([
      'katas/queue/kata.json: translations."zh-CN".tests has 1 stale entry, titles the spec does not have: "law: keeps the order"; rename each to the test\'s English title now, or remove it',
    ]);
  });

  it("asks a law's Chinese title to begin with 性质：, and only a law's", () => {
    const manifest = withTests({
      "shares one queue": "性质：所有引用共用一个队列",
      "law: keeps order": "保持顺序",
      "after a reset > starts empty": "重置之后 > 队列为空",
    });
    expect(translatedTitleProblems(manifest, titles, file)).toEqual([
      'katas/queue/kata.json: translations."zh-CN".tests."shares one queue" is not a law, so its Chinese does not begin with "性质：" (it is "性质：所有引用共用一个队列")',
      'katas/queue/kata.json: translations."zh-CN".tests."law: keeps order" is a law, so its Chinese begins with "性质：" (it is "保持顺序")',
    ]);
  });

  it("leaves a kata without a Chinese translation to the translation check", () => {
    expect(translatedTitleProblems(base, titles, file)).toEqual([]);
  });
});
