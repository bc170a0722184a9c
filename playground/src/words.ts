import type { Locale } from "../../src/kata/manifest.ts";

// The playground's own words; everything the CLI also says comes from src/i18n.
const en = {
  katas: "Katas",
  run: "Run",
  runHint: "Run (Ctrl+S saves and runs)",
  nextHint: "Next hint",
  exportProgress: "Export progress",
  importProgress: "Import progress",
  imported: "Progress imported.",
  notProgress: (why: string) => `Not a .kata/progress.json: ${why}`,
  python: "CPython: original.py",
  yours: "Your demo()",
  loadingPython: "Loading CPython…",
  demoWhenGreen: "demo() runs once every step is green.",
  agree: (version: string) => `CPython ${version} and your demo() print the same lines.`,
  differ: (line: number) => `The first line that differs is line ${line}.`,
  running: "Running…",
  verdictIn: (ms: number) => `verdict in ${ms} ms`,
  close: "Close",
  inAClone: (path: string) => `In a clone: ${path}`,
};

const zhCN: typeof en = {
  katas: "练习",
  run: "运行",
  runHint: "运行（Ctrl+S 保存并运行）",
  nextHint: "下一条提示",
  exportProgress: "导出进度",
  importProgress: "导入进度",
  imported: "进度已导入。",
  notProgress: (why) => `不是 .kata/progress.json：${why}`,
  python: "CPython：original.py",
  yours: "你的 demo()",
  loadingPython: "正在加载 CPython……",
  demoWhenGreen: "所有步骤通过后才运行 demo()。",
  agree: (version) => `CPython ${version} 和你的 demo() 打印的行相同。`,
  differ: (line) => `第一处不同在第 ${line} 行。`,
  running: "运行中……",
  verdictIn: (ms) => `${ms} 毫秒得出结果`,
  close: "关闭",
  inAClone: (path) => `在克隆的仓库里：${path}`,
};

export type Words = typeof en;
export const words: Record<Locale, Words> = { en, "zh-CN": zhCN };
