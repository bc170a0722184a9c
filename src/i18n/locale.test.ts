import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { pickLocale } from "./locale.ts";
import { zhCN } from "./zh-cn.ts";

describe("pickLocale", () => {
  it("takes --lang before the environment", () => {
    expect(pickLocale("zh-CN", { LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(pickLocale("en", { LANG: "zh_CN.UTF-8" })).toBe("en");
  });

  it("reads LC_ALL before LANG, and any Chinese locale as Chinese", () => {
    expect(pickLocale(undefined, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(pickLocale(undefined, { LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(pickLocale(undefined, { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(pickLocale(undefined, {})).toBe("en");
  });
});

describe("catalogues", () => {
  it("translate every message: no Chinese sentence is left in English", () => {
    const leaves = (o: object, prefix = ""): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
      );
    // Call each message with stand-in data; one of them takes a list of ids.
    const sample = (v: unknown) => {
      if (typeof v !== "function") return String(v);
      try {
        return String(v(1, 2, "x", "y"));
      } catch {
        return String(v(["x"]));
      }
    };
    const english = new Map(leaves(en).map(([k, v]) => [k, sample(v)]));
    const same = leaves(zhCN).filter(([k, v]) => english.get(k) === sample(v) && k !== "locale");
    expect(same.map(([k]) => k)).toEqual([]);
  });
});
