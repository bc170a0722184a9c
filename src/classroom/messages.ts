import type { Outcome } from "./report.ts";

/** Why a submissions folder cannot be graded. */
export type NoSubmissionsReason = "missing" | "unreadable" | "empty";

/** Why a folder is not a pack that platforms can grade in. */
export type NotAPackReason = "missing" | "solutions" | "old";

/** Why `--out` cannot take the reports, found before anything is graded. */
export type OutProblem = "file" | "create" | "write";

/**
 * The classroom commands' sentences, one catalogue per locale like src/i18n: the teacher sees the
 * CLI in the same language as the learners. The report files themselves are in English.
 */
export interface ClassroomMessages {
  readonly usage: {
    readonly packNeedsDir: string;
    readonly oneFolder: (command: string, got: string) => string;
    readonly katas: (option: string, value: string) => string;
    readonly classroomWhat: (got: string) => string;
    readonly points: (value: string) => string;
    readonly gradeNeedsDir: string;
    readonly jobs: (value: string) => string;
    readonly memory: (value: string) => string;
    readonly seed: (value: string) => string;
    readonly gradeTimeout: (value: string) => string;
    readonly visibility: (value: string) => string;
    readonly autogradingGone: string;
    readonly platformNeedsPack: (platform: string) => string;
    readonly gradescopeNeedsSingle: string;
  };
  readonly errors: {
    readonly packIntoRepository: (dir: string) => string;
    readonly packIntoRepositoryNext: string;
    readonly packNotEmpty: (dir: string) => string;
    readonly packNotEmptyNext: string;
    readonly solvedNotPacked: (id: string, packed: string) => string;
    readonly solvedNotPackedNext: string;
    readonly noSubmissions: (dir: string, reason: NoSubmissionsReason) => string;
    readonly noSubmissionsNext: string;
    readonly missingDependencies: (dir: string) => string;
    readonly missingDependenciesNext: string;
    readonly usageNext: string;
    readonly interrupted: (signal: string) => string;
    readonly interruptedNext: string;
    readonly outDir: (dir: string, problem: OutProblem, code: string) => string;
    readonly outDirNext: string;
    readonly notAPack: (dir: string, why: NotAPackReason) => string;
    readonly notAPackNext: string;
    readonly templateHasAutograde: (dir: string) => string;
    readonly templateHasAutogradeNext: string;
  };
  readonly pack: {
    readonly done: (count: number, dir: string) => string;
    readonly added: (ids: string) => string;
    readonly solved: (ids: string) => string;
    readonly committed: string;
    readonly unchanged: string;
    readonly noGit: string;
    readonly next: (dir: string) => string;
  };
  readonly platforms: {
    readonly classroom50: (steps: number, points: number) => string;
    readonly classroom50Next: string;
    readonly actions: (steps: number, points: number) => string;
    readonly actionsNext: string;
    readonly gradescope: (steps: number, points: number, files: number) => string;
    readonly gradescopeNext: string;
    readonly committed: string;
  };
  readonly grade: {
    readonly heading: (students: number, katas: number, seconds: number) => string;
    readonly limits: (jobs: number, seconds: number, mb: number, points: number) => string;
    readonly columns: {
      readonly student: string;
      readonly katas: string;
      readonly steps: string;
      readonly points: string;
      readonly other: string;
    };
    readonly outcomes: Readonly<Record<Outcome, string>>;
    readonly reports: (files: string) => string;
    readonly progress: (done: number, total: number, failing: number, left?: string) => string;
    readonly secondsLeft: (seconds: number) => string;
    readonly minutesLeft: (minutes: number) => string;
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const enOutcomes = {
  passed: "passed",
  failing: "failing",
  timeout: "timeout",
  "load-error": "load error",
  crashed: "crashed",
  refused: "refused",
  missing: "missing",
} as const satisfies Record<Outcome, string>;

export const classroomEn = {
  usage: {
    packNeedsDir: "`kata pack` needs a folder to write to, as in `npx kata pack ../class-katas`.",
    oneFolder: (command, got) => `\`kata ${command}\` takes one folder; got ${got}.`,
    katas: (option, value) =>
      `${option} takes kata ids separated by commas, as in singleton,observer; not "${value}".`,
    classroomWhat: (got) =>
      `\`kata classroom\` writes for classroom50, gradescope or actions${got ? `; not "${got}"` : ""}.`,
    points: (value) => `--points takes whole points per kata, 1 to 1000, not "${value}".`,
    gradeNeedsDir:
      "`kata grade` needs the folder of submissions, as in `npx kata grade ./submissions`.",
    jobs: (value) => `--jobs takes a whole number above 0, not "${value}".`,
    memory: (value) => `--memory takes megabytes, a whole number from 64 to 65536, not "${value}".`,
    seed: (value) => `--seed takes an integer, not "${value}".`,
    gradeTimeout: (value) =>
      `--timeout for kata grade takes 1 to 600 seconds per kata, not "${value}".`,
    visibility: (value) =>
      `--visibility takes visible, hidden, after_due_date or after_published, not "${value}".`,
    autogradingGone:
      "GitHub Classroom was discontinued in August 2026, so `kata classroom autograding` is gone: use `kata classroom actions <pack>` (any GitHub organization), `kata classroom classroom50 <pack>` or `kata classroom gradescope`.",
    platformNeedsPack: (platform) =>
      `\`kata classroom ${platform}\` needs the pack to write into, as in \`npx kata classroom ${platform} ../class-katas\`.`,
    gradescopeNeedsSingle:
      "--gradescope writes one submission's results: give it with --single and one student's folder.",
  },
  errors: {
    packIntoRepository: (dir) =>
      `Cannot pack into ${dir}: it is the repository or a folder that contains it.`,
    packIntoRepositoryNext: "Choose a folder outside the repository, such as ../class-katas.",
    packNotEmpty: (dir) => `Cannot pack into ${dir}: the folder is not empty.`,
    solvedNotPacked: (id, packed) =>
      `--solved ${id}: the pack does not hold ${id}; it holds ${packed}.`,
    solvedNotPackedNext:
      "--solved names katas the pack holds, usually the ones a chosen kata builds on (`requires`).",
    packNotEmptyNext:
      "Choose an empty folder, or pass --force to replace the pack's files there (other files and .git stay).",
    noSubmissions: (dir, reason) =>
      `Cannot grade ${dir}: ${
        {
          missing: "it does not exist",
          unreadable: "it cannot be read as a folder",
          empty: "it has no student folders",
        }[reason]
      }.`,
    noSubmissionsNext:
      "Give the folder that holds one folder per student, each a copy of the student's repository or of its katas/ folder.",
    missingDependencies: (dir) =>
      `${dir} is missing: the grader runs the specs with the repository's dependencies.`,
    missingDependenciesNext: "Run `npm ci` (or `npm install`) in the repository first.",
    usageNext: "Run `npx kata help` for the commands and their options.",
    interrupted: (signal) =>
      `Grading stopped (${signal}): every grading process was ended and its temporary folder removed; no report was written.`,
    interruptedNext: "Run the same `kata grade` command again to grade the class.",
    outDir: (dir, problem, code) =>
      ({
        file: `--out ${dir} is a file, not a folder: the reports would not fit in it.`,
        create: `--out ${dir} cannot be created (${code}).`,
        write: `--out ${dir} cannot be written (${code}).`,
      })[problem],
    outDirNext:
      "Give --out a folder you can write to (it is made if missing); nothing was graded yet.",
    notAPack: (dir, why) =>
      ({
        missing: `${dir} is not a pack: it has no katas/ folder.`,
        solutions: `${dir} holds solutions/: it is the teacher's repository, not a pack for students.`,
        old: `${dir} is a pack from an older kata: it has no scripts/kata-steps.ts to grade steps with.`,
      })[why],
    notAPackNext: "Make the pack with `npx kata pack <dir>` (again, with --force, for an old one).",
    templateHasAutograde: (dir) =>
      `${dir} has .github/workflows/autograde.yaml: Classroom 50 writes that workflow into each student's repository itself, and a copy in the template breaks grading.`,
    templateHasAutogradeNext: "Remove it from the pack, then run the command again.",
  },
  pack: {
    done: (count, dir) => `Packed ${count} katas into ${dir}, without solutions or decoys.`,
    added: (ids) => `Also packed, because a chosen kata imports them: ${ids}.`,
    solved: (ids) =>
      `Given solved, their reference in place of the stub (marked given; the katas built on them run on it): ${ids}.`,
    committed: "It is a git repository with one commit: `kata reset` restores stubs from it.",
    unchanged: "Its git repository already had these files; nothing new to commit.",
    noGit: "git is not available, so the pack is not a git repository; `kata reset` needs one.",
    next: (dir) =>
      `Next: cd ${dir} && npm ci && npm test; then \`npx kata classroom actions|classroom50 ${dir}\` and publish it as a template (docs/classroom.md).`,
  },
  platforms: {
    classroom50: (steps, points) =>
      `Classroom 50: ${steps} tests, one per kata step, ${points} points in all, and a setup test.`,
    classroom50Next:
      "Push the pack as a template, then register the assignment with classroom50/tests.json and classroom50/runtime.json (classroom50/README.md has the command).",
    actions: (steps, points) =>
      `GitHub Actions: every push grades ${steps} kata steps, ${points} points in all, into the run's summary and the artifact kata-results.`,
    actionsNext: "Push the pack; each push to a student's copy then grades it (docs/classroom.md).",
    gradescope: (steps, points, files) =>
      `Gradescope: an autograder of ${files} files grading ${steps} kata steps, ${points} points in all.`,
    gradescopeNext:
      "Upload the zip in the assignment's Configure Autograder page; students submit their repository or its katas/ folder (docs/classroom.md).",
    committed: "Committed to the pack's git repository.",
  },
  grade: {
    heading: (students, katas, seconds) =>
      `Graded ${plural(students, "student")} × ${plural(katas, "kata")} in ${seconds} s`,
    limits: (jobs, seconds, mb, points) =>
      ` (${jobs} at a time; per kata ${seconds} s, ${mb} MB and ${points} points)`,
    columns: {
      student: "student",
      katas: "katas",
      steps: "steps",
      points: "points",
      other: "other outcomes",
    },
    outcomes: enOutcomes,
    reports: (files) => `Reports: ${files}`,
    progress: (done, total, failing, left) =>
      `${done}/${total} students graded, ${failing} failing${left ? `, ${left}` : ""}`,
    secondsLeft: (seconds) => `about ${seconds} s left`,
    minutesLeft: (minutes) => `about ${minutes} min left`,
  },
} as const satisfies ClassroomMessages;

export const classroomZhCN = {
  usage: {
    packNeedsDir: "`kata pack` 需要一个输出目录，例如 `npx kata pack ../class-katas`。",
    oneFolder: (command, got) => `\`kata ${command}\` 只接受一个目录；收到的是 ${got}。`,
    katas: (option, value) =>
      `${option} 需要用逗号分隔的练习 id，例如 singleton,observer；而不是 "${value}"。`,
    classroomWhat: (got) =>
      `\`kata classroom\` 可以为 classroom50、gradescope 或 actions 生成配置${got ? `；而不是 "${got}"` : ""}。`,
    points: (value) => `--points 需要每个练习 1 到 1000 之间的整数分值，而不是 "${value}"。`,
    gradeNeedsDir: "`kata grade` 需要提交作业所在的目录，例如 `npx kata grade ./submissions`。",
    jobs: (value) => `--jobs 需要大于 0 的整数，而不是 "${value}"。`,
    memory: (value) => `--memory 以 MB 为单位，需要 64 到 65536 之间的整数，而不是 "${value}"。`,
    seed: (value) => `--seed 需要一个整数，而不是 "${value}"。`,
    gradeTimeout: (value) =>
      `kata grade 的 --timeout 需要 1 到 600 秒（每个练习），而不是 "${value}"。`,
    visibility: (value) =>
      `--visibility 只能是 visible、hidden、after_due_date 或 after_published，而不是 "${value}"。`,
    autogradingGone:
      "GitHub Classroom 已于 2026 年 8 月停止服务，`kata classroom autograding` 已被移除：请改用 `kata classroom actions <练习包>`（任何 GitHub 组织均可）、`kata classroom classroom50 <练习包>` 或 `kata classroom gradescope`。",
    platformNeedsPack: (platform) =>
      `\`kata classroom ${platform}\` 需要写入的练习包目录，例如 \`npx kata classroom ${platform} ../class-katas\`。`,
    gradescopeNeedsSingle:
      "--gradescope 只写一份提交的结果：请同时使用 --single，并给出一名学生的目录。",
  },
  errors: {
    packIntoRepository: (dir) => `无法打包到 ${dir}：它就是本仓库，或包含本仓库。`,
    packIntoRepositoryNext: "请选择仓库之外的目录，例如 ../class-katas。",
    packNotEmpty: (dir) => `无法打包到 ${dir}：该目录不是空的。`,
    solvedNotPacked: (id, packed) => `--solved ${id}：打包结果中没有 ${id}；其中有 ${packed}。`,
    solvedNotPackedNext:
      "--solved 只能指定打包结果中的练习，通常是所选练习依赖的练习（`requires`）。",
    packNotEmptyNext:
      "请选择一个空目录，或加上 --force 替换其中由打包生成的文件（其他文件和 .git 保留）。",
    noSubmissions: (dir, reason) =>
      `无法评分 ${dir}：${{ missing: "目录不存在", unreadable: "无法作为目录读取", empty: "其中没有学生目录" }[reason]}。`,
    noSubmissionsNext:
      "请给出每个学生各占一个子目录的文件夹，每个子目录是该学生仓库的副本，或其 katas/ 目录的副本。",
    missingDependencies: (dir) => `缺少 ${dir}：评分需要用仓库的依赖运行测试规格。`,
    missingDependenciesNext: "请先在仓库中运行 `npm ci`（或 `npm install`）。",
    usageNext: "运行 `npx kata help` 查看命令和选项。",
    interrupted: (signal) =>
      `评分已停止（${signal}）：所有评分进程均已结束，临时目录已删除；没有写入任何报告。`,
    interruptedNext: "再次运行同一条 `kata grade` 命令，为全班评分。",
    outDir: (dir, problem, code) =>
      ({
        file: `--out ${dir} 是一个文件，而不是目录：报告无法写入其中。`,
        create: `无法创建 --out ${dir}（${code}）。`,
        write: `无法写入 --out ${dir}（${code}）。`,
      })[problem],
    outDirNext: "请为 --out 指定一个可写的目录（不存在时会自动创建）；目前尚未评分。",
    notAPack: (dir, why) =>
      ({
        missing: `${dir} 不是练习包：其中没有 katas/ 目录。`,
        solutions: `${dir} 中有 solutions/：这是教师的仓库，而不是发给学生的练习包。`,
        old: `${dir} 是旧版 kata 生成的练习包：其中没有用来逐步评分的 scripts/kata-steps.ts。`,
      })[why],
    notAPackNext: "请用 `npx kata pack <目录>` 生成练习包（旧的练习包可加 --force 重新生成）。",
    templateHasAutograde: (dir) =>
      `${dir} 中有 .github/workflows/autograde.yaml：Classroom 50 会自己把这个工作流写入每个学生的仓库，模板中的副本会破坏评分。`,
    templateHasAutogradeNext: "请先从练习包中删除它，再重新运行这条命令。",
  },
  pack: {
    done: (count, dir) => `已将 ${count} 个练习打包到 ${dir}，不含参考答案和诱饵实现。`,
    added: (ids) => `因为所选练习导入了它们，也一并打包：${ids}。`,
    solved: (ids) =>
      `以下练习直接给出答案，用参考答案替换了存根（标记为“已给出”，依赖它们的练习在其上运行）：${ids}。`,
    committed: "它是一个只有一个提交的 git 仓库：`kata reset` 从这个提交恢复存根。",
    unchanged: "它的 git 仓库中已有这些文件，没有新的内容需要提交。",
    noGit: "没有可用的 git，所以打包结果不是 git 仓库；`kata reset` 需要 git。",
    next: (dir) =>
      `下一步：cd ${dir} && npm ci && npm test；然后运行 \`npx kata classroom actions|classroom50 ${dir}\`，并将其发布为模板仓库（见 docs/classroom.md）。`,
  },
  platforms: {
    classroom50: (steps, points) =>
      `Classroom 50：共 ${steps} 项测试，每个练习步骤一项，总分 ${points} 分，另有一项 setup 测试。`,
    classroom50Next:
      "把练习包推送为模板仓库，再用 classroom50/tests.json 和 classroom50/runtime.json 注册作业（命令见 classroom50/README.md）。",
    actions: (steps, points) =>
      `GitHub Actions：每次推送都为 ${steps} 个练习步骤评分，总分 ${points} 分，结果写入运行摘要和名为 kata-results 的产物。`,
    actionsNext: "推送练习包；此后学生每次推送到自己的副本，都会为其评分（见 docs/classroom.md）。",
    gradescope: (steps, points, files) =>
      `Gradescope：自动评分器共 ${files} 个文件，为 ${steps} 个练习步骤评分，总分 ${points} 分。`,
    gradescopeNext:
      "在作业的 Configure Autograder 页面上传这个 zip；学生提交自己的仓库或其中的 katas/ 目录（见 docs/classroom.md）。",
    committed: "已提交到练习包的 git 仓库。",
  },
  grade: {
    heading: (students, katas, seconds) =>
      `已为 ${students} 名学生 × ${katas} 个练习评分，用时 ${seconds} 秒`,
    limits: (jobs, seconds, mb, points) =>
      `（同时 ${jobs} 个；每个练习限时 ${seconds} 秒、内存 ${mb} MB，满分 ${points} 分）`,
    columns: { student: "学生", katas: "练习", steps: "步骤", points: "得分", other: "其他结果" },
    outcomes: {
      passed: "通过",
      failing: "未通过",
      timeout: "超时",
      "load-error": "加载错误",
      crashed: "崩溃",
      refused: "被拒绝",
      missing: "缺失",
    },
    reports: (files) => `报告：${files}`,
    progress: (done, total, failing, left) =>
      `已评 ${done}/${total} 名学生，${failing} 名未全部通过${left ? `，${left}` : ""}`,
    secondsLeft: (seconds) => `约剩 ${seconds} 秒`,
    minutesLeft: (minutes) => `约剩 ${minutes} 分钟`,
  },
} as const satisfies ClassroomMessages;

/** The classroom catalogue of a locale: the teacher sees the CLI in the learners' language. */
export function classroomMessages(locale: string): ClassroomMessages {
  return locale === "zh-CN" ? classroomZhCN : classroomEn;
}
