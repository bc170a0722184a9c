import { kataTitle } from "../i18n/kata-words.ts";
import type { Kata } from "../kata/catalog.ts";

/**
 * The pack's scripts. `npm test` checks that the repository is whole (types, and `kata verify`,
 * which in a pack checks structure: no references ship); the learner's progress is `npm start`.
 * No lint: the linter is a maintainer's tool, not installed in a pack.
 */
export const PACK_SCRIPTS = {
  start: "node bin/kata.js",
  test: "tsc -p tsconfig.json && node bin/kata.js verify",
  typecheck: "tsc -p tsconfig.json",
  verify: "node bin/kata.js verify",
} as const;

/** A lockfile's package entry: the flags npm writes for what only the maintainers need. */
interface LockedPackage {
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly optional?: boolean;
  readonly [field: string]: unknown;
}

/**
 * The pack's package.json (pure): the repository's with only what a student needs, its
 * `dependencies` (the learner's runtime); no `devDependencies` (the maintainers' tools), the
 * pack's scripts, and install scripts allowed only for packages a pack installs.
 */
export function packPackageJson(text: string, installed: ReadonlySet<string>): string {
  const { devDependencies: _, allowScripts, ...json } = JSON.parse(text) as Record<string, unknown>;
  const allowed =
    allowScripts && typeof allowScripts === "object"
      ? Object.fromEntries(Object.entries(allowScripts).filter(([name]) => installed.has(name)))
      : undefined;
  const pack = {
    ...json,
    scripts: PACK_SCRIPTS,
    ...(allowed && Object.keys(allowed).length > 0 ? { allowScripts: allowed } : {}),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/**
 * The pack's package-lock.json (pure): the repository's lockfile, written by npm, without what
 * npm marked as needed by the maintainers' tools only (\`dev\`), so that \`npm ci\` in the pack
 * installs the learner's runtime at the very versions the repository tests. A package that
 * was optional or a maintainer's (\`devOptional\`) stays, as optional. Returns the text and the
 * names of the packages it keeps.
 */
export function packLockfile(text: string): { readonly text: string; readonly names: Set<string> } {
  const lock = JSON.parse(text) as { packages: Record<string, LockedPackage> };
  const names = new Set<string>();
  const packages = Object.fromEntries(
    Object.entries(lock.packages).flatMap(([path, entry]) => {
      if (path === "") {
        const { devDependencies: _, ...root } = entry;
        return [[path, root]];
      }
      if (entry.dev) return [];
      names.add(path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
      if (!entry.devOptional) return [[path, entry]];
      const { devOptional: __, ...optional } = entry;
      return [[path, { ...optional, optional: true }]];
    }),
  );
  return { text: `${JSON.stringify({ ...lock, packages }, null, 2)}\n`, names };
}

/** The pack's tsconfig.json (pure): the repository's, checking only what a pack holds. */
export function packTsconfig(text: string): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, include: ["katas", "src", "scripts", "bin", "*.ts"] }, null, 2)}\n`;
}

export const PACK_VITEST_CONFIG = `import { defineConfig } from "vitest/config";

// The specs against your code in katas/. \`npx kata test <id>\` runs one kata with friendlier
// output; this config is for an editor's vitest integration, or \`npx vitest\`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "katas",
          include: ["katas/**/*.test.ts"],
          setupFiles: ["src/testing/fast-check-setup.ts"],
        },
      },
    ],
  },
});
`;

const DIFFICULTY_ZH = { easy: "简单", medium: "中等", hard: "困难" } as const;

/** The students' README (pure): how to work, the katas in order, how work is handed in. */
export function studentReadme(katas: readonly Kata[]): string {
  const rows = katas.map(
    (k) =>
      `| \`${k.id}\` | ${k.manifest.title}${k.manifest.given ? " (**given solved**: read it, build on it)" : ""} | ${k.manifest.difficulty} | ${k.manifest.steps.length} |`,
  );
  const first = katas[0]?.id ?? "<id>";
  return `# Python to TypeScript katas

[中文](README.zh-CN.md)

Each kata ports a short Python program to TypeScript, one test-driven step at a time. You write
the code; the kata's spec tells you which step you are on, what it expected and what your code did.

## Start

\`\`\`sh
npm ci                          # Node 22 or 24 (20.19 and later 20.x work too)
npm start                       # in a terminal: watch mode on the first unfinished kata
npx kata test ${first}          # run one kata's spec against your code
npx kata hint ${first}          # a hint for the step you are on, vaguer first
npx kata list                   # every kata and where you are
\`\`\`

## The katas

| kata | title | difficulty | steps |
|---|---|---|---|
${rows.join("\n")}

Each folder \`katas/<id>/\` holds the kata's \`README.md\` (start there), the Python original
\`original.py\`, the spec \`<id>.test.ts\`, and **your file \`<id>.ts\`**, a stub that compiles and
throws \`TODO\` until you write it. You may add other \`.ts\` files beside it and import them.

Every step of a kata is worth points: a step counts when every test of it passes, so a kata
you finish half of still earns half of its steps. Do not edit the specs, \`scripts/\` or
\`.github/\`: your teacher grades your \`katas/<id>/<id>.ts\` (and the files beside it) against the
original specs, whatever the copy here says.

## Handing in

Your teacher tells you which of these your class uses.

- **Classroom 50**: accept the assignment (the link, or \`gh student accept ORG CLASSROOM SLUG\`),
  then commit and push; if your teacher grades tagged submissions only, submit with
  \`gh student submit\`. Each submission gets a Release in your repository (the View grade link)
  with one row per kata step: passed, or what failed first.
- **Gradescope**: submit this repository (Gradescope's GitHub option), or upload a zip of it or
  of its \`katas/\` folder. Gradescope shows one test per kata step, with its points and what failed.
- **GitHub Actions**: commit and push. The Actions tab shows a run named Katas for each push;
  its summary is a table of every step and its points. The run fails while a step fails.
- **Otherwise**: commit and push, or hand in a zip of the \`katas/\` folder; your teacher grades
  it with \`kata grade\`.

## Useful

- \`npm test\` checks that the repository is whole: it type-checks everything and checks that
  every kata's files are there and that your files still export what the spec imports.
- \`npx kata reset <id>\` puts a kata's stub back (your file is backed up first, in \`.kata/backups/\`).
- \`npx tsx scripts/py.ts katas/${first}/original.py\` runs a Python original in CPython
  (WebAssembly, no Python install needed).
- \`npx tsx scripts/kata-steps.ts ${first} 1\` grades one step as the platforms do.
- This repository has no reference solutions, so \`kata solution\` and \`kata compare\` have
  nothing to show.
`;
}

/** The students' README in Chinese (pure): the same as \`studentReadme\`, the katas' titles translated. */
export function studentReadmeZhCN(katas: readonly Kata[]): string {
  const rows = katas.map(
    (k) =>
      `| \`${k.id}\` | ${kataTitle(k.manifest, "zh-CN")}${k.manifest.given ? "（**已给出答案**：可以阅读，并在其上继续）" : ""} | ${DIFFICULTY_ZH[k.manifest.difficulty]} | ${k.manifest.steps.length} |`,
  );
  const first = katas[0]?.id ?? "<id>";
  return `# Python 到 TypeScript 练习

[English](README.md)

每个练习都把一段简短的 Python 程序移植到 TypeScript，按测试驱动的方式一步一步完成。代码由你来写；
练习的测试规格会告诉你当前在第几步、期望什么，以及你的代码实际做了什么。

## 开始

\`\`\`sh
npm ci                          # Node 22 或 24（20.19 及以后的 20.x 也可以）
npm start                       # 在终端中：对第一个未完成的练习进入监视模式
npx kata test ${first}          # 用练习的测试规格检查你的代码
npx kata hint ${first}          # 当前步骤的提示，由浅入深
npx kata list                   # 所有练习以及你的进度
\`\`\`

## 练习

| 练习 | 标题 | 难度 | 步骤 |
|---|---|---|---|
${rows.join("\n")}

每个目录 \`katas/<id>/\` 中有练习的 \`README.zh-CN.md\`（从这里开始）、Python 原程序 \`original.py\`、
测试规格 \`<id>.test.ts\`，以及**你的文件 \`<id>.ts\`**：一个能通过编译、在你实现之前会抛出 \`TODO\` 的存根。
你可以在它旁边添加其他 \`.ts\` 文件并导入它们。

练习的每一步都有分数：某一步的测试全部通过，这一步就计分，所以完成了一半的练习也能得到一半步骤的分数。
不要修改测试规格、\`scripts/\` 或 \`.github/\`：老师会用原始的测试规格为你的 \`katas/<id>/<id>.ts\`
（及其旁边的文件）评分，而不管这里的副本写了什么。

## 提交作业

老师会告诉你班级使用下面哪一种方式。

- **Classroom 50**：接受作业（通过链接，或运行 \`gh student accept ORG CLASSROOM SLUG\`），然后提交并推送；
  如果老师只为带标签的提交评分，请用 \`gh student submit\` 提交。每次提交都会在你的仓库里生成一个
  Release（View grade 链接），每个练习步骤一行：通过，或者第一个失败的原因。
- **Gradescope**：提交这个仓库（Gradescope 的 GitHub 选项），或者上传它或其中 \`katas/\` 目录的 zip。
  Gradescope 为每个练习步骤显示一项测试，包括分数和失败原因。
- **GitHub Actions**：提交并推送。Actions 标签页中每次推送都有一个名为 Katas 的运行；
  它的摘要是一张列出每个步骤及其分数的表格。只要还有步骤没有通过，这个运行就会失败。
- **其他方式**：提交并推送，或者交一个 \`katas/\` 目录的 zip；老师会用 \`kata grade\` 评分。

## 常用命令

- \`npm test\` 检查仓库是否完整：对所有代码做类型检查，并检查每个练习的文件都在、你的文件仍然导出测试规格需要的内容。
- \`npx kata reset <id>\` 恢复练习的存根（会先把你的文件备份到 \`.kata/backups/\`）。
- \`npx tsx scripts/py.ts katas/${first}/original.py\` 在 CPython 中运行 Python 原程序（WebAssembly，无需安装 Python）。
- \`npx tsx scripts/kata-steps.ts ${first} 1\` 像各个平台那样为某一步评分。
- 这个仓库没有参考答案，所以 \`kata solution\` 和 \`kata compare\` 没有内容可显示。
`;
}
