import { describe, expect, it } from "vitest";
import { zhCN } from "../i18n/zh-cn.ts";
import { kata } from "../kata/catalog.fixture.ts";
import type { Kata } from "../kata/catalog.ts";
import { plain } from "../render/paint.ts";
import { plainUi } from "../render/ui.ts";
import { initialState, type WatchState } from "./state.ts";
import { renderWatch } from "./view.ts";

// Twenty katas with long Chinese titles: more rows than a small terminal has, each wider than it.
const katas: Kata[] = Array.from({ length: 20 }, (_, i) => {
  const k = kata(`kata-${i + 1}`, ["one"], i + 1);
  const title = `第 ${i + 1} 个练习：一个很长很长的中文标题，比终端还要宽得多得多`;
  return {
    ...k,
    manifest: {
      ...k.manifest,
      translations: { "zh-CN": { source: "0123456789abcdef", title, steps: {} } },
    },
  };
});
const picking = (selected: number): WatchState => ({
  ...initialState,
  katas,
  current: katas[0],
  screen: { kind: "list", selected },
});
/** Display columns, as a terminal counts them: CJK and full-width characters take two. */
const width = (line: string) =>
  [...line].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);

describe("the picker on screen", () => {
  const zh = { paint: plain, m: zhCN };

  it("fits the terminal: one line per kata, cut with … at its width, in as many rows as it has", () => {
    const lines = renderWatch(picking(0), zh, 60, 12).trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(60);
    expect(lines[0]).toMatch(/^░+ 已完成 0\/20 个练习$/);
    expect(lines.at(-1)).toBe(zhCN.watch.listKeys);
    // 46 columns come before the title and the text is 59 wide: "第 1 个练习" fits, "：" does not.
    expect(lines).toContain(`›  1. ${"kata-1".padEnd(20)} · 待完成  简单     第 1 个练习…`);
  });

  it("keeps the chosen kata in view when it is further down than the screen reaches", () => {
    const lines = renderWatch(picking(17), zh, 60, 12).split("\n");
    expect(lines.filter((l) => l.startsWith("› "))).toEqual([
      `› 18. ${"kata-18".padEnd(20)} · 待完成  简单     第 18 个练习…`,
    ]);
    expect(lines.some((l) => l.includes(" 1. kata-1 "))).toBe(false);
  });

  it("shows every kata when the terminal is tall enough", () => {
    const lines = renderWatch(picking(0), plainUi, 200, 40).split("\n");
    expect(lines.filter((l) => /^[› ] +\d+\. kata-/.test(l))).toHaveLength(20);
  });
});

describe("a screen taller than the terminal", () => {
  const comparing = (lines: number): WatchState => ({
    ...initialState,
    katas,
    current: katas[0],
    screen: {
      kind: "text",
      text: [
        "Summary: yours passes 3 of 9 tests",
        ...Array.from({ length: lines - 1 }, (_, i) => `diff line ${i + 1}`),
      ].join("\n"),
    },
  });

  it("keeps the comparison's summary and the keys, and says how to see the rest", () => {
    const screen = renderWatch(comparing(40), plainUi, 80, 24);
    const lines = screen.split("\n");
    // 23 rows of text and the final newline: the first row never scrolls off.
    expect(lines).toHaveLength(24);
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(2, 4)).toEqual(["Summary: yours passes 3 of 9 tests", "diff line 1"]);
    // Rows: bar, blank, 18 of the 40 lines of text, the cut line (22 left out), blank, keys.
    expect(lines.slice(19, 23)).toEqual([
      "diff line 17",
      "… 22 more lines: npx kata compare kata-1 prints the whole comparison.",
      "",
      plainUi.m.watch.keys,
    ]);
  });

  it("leaves a screen that fits as it is", () => {
    const lines = renderWatch(comparing(19), plainUi, 80, 24).split("\n");
    expect(lines.slice(2, 21)).toEqual([
      "Summary: yours passes 3 of 9 tests",
      ...Array.from({ length: 18 }, (_, i) => `diff line ${i + 1}`),
    ]);
    expect(lines.slice(21)).toEqual(["", plainUi.m.watch.keys, ""]);
  });
});
