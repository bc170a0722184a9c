import type { Locale } from "../kata/manifest.ts";

/**
 * What a student reads about each step wherever a platform grades the katas: Gradescope's
 * results (written by the teacher's grader) and Classroom 50's Release table or a GitHub job
 * summary (written in the student's repository by scripts/kata-steps.ts). One catalogue for
 * both, so a step reads the same on every platform.
 */
export interface ResultWords {
  readonly stepName: (kata: string, n: number, of: number, title: string) => string;
  readonly passed: (tests: number) => string;
  readonly failing: (failed: number, tests: number, first: string) => string;
  readonly notRun: (why: string) => string;
  readonly why: {
    readonly timeout: (detail: string) => string;
    readonly loadError: (detail: string) => string;
    readonly crashed: (detail: string) => string;
    readonly refused: (detail: string) => string;
    readonly missing: string;
    readonly error: (detail: string) => string;
  };
  readonly refusedNoPoints: string;
  readonly summary: (points: number, max: number, katas: number, of: number) => string;
  readonly table: {
    readonly heading: (points: number, max: number) => string;
    readonly kata: string;
    readonly step: string;
    readonly result: string;
    readonly points: string;
    readonly passed: string;
    readonly failed: string;
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const resultWordsEn = {
  stepName: (kata, n, of, title) => `${kata} ${n}/${of}: ${title}`,
  passed: (tests) => `Passed: ${plural(tests, "test")} of this step, all green.`,
  failing: (failed, tests, first) =>
    `Not yet: ${failed} of ${plural(tests, "test")} of this step failed.\nFirst: ${first}`,
  notRun: (why) => `This step's tests did not run: ${why}.`,
  why: {
    timeout: (detail) => `the kata was stopped at the time limit (${detail})`,
    loadError: (detail) => `your file does not load (${detail})`,
    crashed: (detail) => `the process running the tests died (${detail})`,
    refused: (detail) => `the sandbox refused what the code tried (${detail})`,
    missing: "there is no file for this kata in your submission",
    error: (detail) => `the kata did not run to the end (${detail})`,
  },
  refusedNoPoints: "A kata the sandbox refused earns no points; your teacher will look at it.",
  summary: (points, max, katas, of) =>
    `${points} of ${max} points; ${katas} of ${plural(of, "kata")} passed every step. Run \`npx kata test <id>\` in your repository to see why a step fails.`,
  table: {
    heading: (points, max) => `Katas: ${points} of ${max} points`,
    kata: "kata",
    step: "step",
    result: "result",
    points: "points",
    passed: "passed",
    failed: "not yet",
  },
} as const satisfies ResultWords;

export const resultWordsZhCN = {
  stepName: (kata, n, of, title) => `${kata} ${n}/${of}：${title}`,
  passed: (tests) => `通过：本步骤的 ${tests} 个测试全部通过。`,
  failing: (failed, tests, first) =>
    `尚未通过：本步骤的 ${tests} 个测试中有 ${failed} 个失败。\n第一个：${first}`,
  notRun: (why) => `本步骤的测试没有运行：${why}。`,
  why: {
    timeout: (detail) => `练习在时限处被停止（${detail}）`,
    loadError: (detail) => `你的文件无法加载（${detail}）`,
    crashed: (detail) => `运行测试的进程崩溃了（${detail}）`,
    refused: (detail) => `沙箱拒绝了代码尝试的操作（${detail}）`,
    missing: "你提交的内容里没有这个练习的文件",
    error: (detail) => `练习没有运行完（${detail}）`,
  },
  refusedNoPoints: "被沙箱拒绝的练习不得分；老师会查看它。",
  summary: (points, max, katas, of) =>
    `得分 ${points}/${max}；${of} 个练习中有 ${katas} 个全部步骤通过。在你的仓库里运行 \`npx kata test <id>\` 查看步骤失败的原因。`,
  table: {
    heading: (points, max) => `练习：得分 ${points}/${max}`,
    kata: "练习",
    step: "步骤",
    result: "结果",
    points: "得分",
    passed: "通过",
    failed: "尚未通过",
  },
} as const satisfies ResultWords;

/** The result words of a locale. */
export function resultWords(locale: Locale): ResultWords {
  return locale === "zh-CN" ? resultWordsZhCN : resultWordsEn;
}
