import type { Outcome } from "./report.ts";

/** Why a submissions folder cannot be graded. */
export type NoSubmissionsReason = "missing" | "unreadable" | "empty";

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
    readonly katas: (value: string) => string;
    readonly classroomWhat: (got: string) => string;
    readonly points: (value: string) => string;
    readonly gradeNeedsDir: string;
    readonly jobs: (value: string) => string;
    readonly memory: (value: string) => string;
    readonly seed: (value: string) => string;
    readonly gradeTimeout: (value: string) => string;
  };
  readonly errors: {
    readonly packIntoRepository: (dir: string) => string;
    readonly packIntoRepositoryNext: string;
    readonly packNotEmpty: (dir: string) => string;
    readonly packNotEmptyNext: string;
    readonly noSubmissions: (dir: string, reason: NoSubmissionsReason) => string;
    readonly noSubmissionsNext: string;
    readonly missingDependencies: (dir: string) => string;
    readonly missingDependenciesNext: string;
    readonly usageNext: string;
    readonly interrupted: (signal: string) => string;
    readonly interruptedNext: string;
    readonly outDir: (dir: string, problem: OutProblem, code: string) => string;
    readonly outDirNext: string;
  };
  readonly pack: {
    readonly done: (count: number, dir: string) => string;
    readonly added: (ids: string) => string;
    readonly committed: string;
    readonly unchanged: string;
    readonly noGit: string;
    readonly next: (dir: string) => string;
  };
  readonly autograding: {
    readonly wrote: (count: number, points: number) => string;
    readonly next: string;
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
    katas: (value) =>
      `--katas takes kata ids separated by commas, as in singleton,observer; not "${value}".`,
    classroomWhat: (got) =>
      `\`kata classroom\` has one subcommand, autograding${got ? `; not "${got}"` : ""}.`,
    points: (value) => `--points takes whole points per kata, 1 to 1000, not "${value}".`,
    gradeNeedsDir:
      "`kata grade` needs the folder of submissions, as in `npx kata grade ./submissions`.",
    jobs: (value) => `--jobs takes a whole number above 0, not "${value}".`,
    memory: (value) => `--memory takes megabytes, a whole number from 64 to 65536, not "${value}".`,
    seed: (value) => `--seed takes an integer, not "${value}".`,
    gradeTimeout: (value) =>
      `--timeout for kata grade takes 1 to 600 seconds per kata, not "${value}".`,
  },
  errors: {
    packIntoRepository: (dir) =>
      `Cannot pack into ${dir}: it is the repository or a folder that contains it.`,
    packIntoRepositoryNext: "Choose a folder outside the repository, such as ../class-katas.",
    packNotEmpty: (dir) => `Cannot pack into ${dir}: the folder is not empty.`,
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
  },
  pack: {
    done: (count, dir) => `Packed ${count} katas into ${dir}, without solutions or decoys.`,
    added: (ids) => `Also packed, because a chosen kata imports them: ${ids}.`,
    committed: "It is a git repository with one commit: `kata reset` restores stubs from it.",
    unchanged: "Its git repository already had these files; nothing new to commit.",
    noGit: "git is not available, so the pack is not a git repository; `kata reset` needs one.",
    next: (dir) =>
      `Next: cd ${dir} && npm ci && npm test; then \`npx kata classroom autograding\` and publish it as a template (docs/classroom.md).`,
  },
  autograding: {
    wrote: (count, points) =>
      `GitHub Classroom autograding: ${count} tests, one per kata, ${points} points each.`,
    next: "Commit both files; each push then grades the student's katas on GitHub's runners (docs/classroom.md).",
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
    katas: (value) =>
      `--katas 需要用逗号分隔的练习 id，例如 singleton,observer；而不是 "${value}"。`,
    classroomWhat: (got) =>
      `\`kata classroom\` 只有一个子命令 autograding${got ? `；而不是 "${got}"` : ""}。`,
    points: (value) => `--points 需要每个练习 1 到 1000 之间的整数分值，而不是 "${value}"。`,
    gradeNeedsDir: "`kata grade` 需要提交作业所在的目录，例如 `npx kata grade ./submissions`。",
    jobs: (value) => `--jobs 需要大于 0 的整数，而不是 "${value}"。`,
    memory: (value) => `--memory 以 MB 为单位，需要 64 到 65536 之间的整数，而不是 "${value}"。`,
    seed: (value) => `--seed 需要一个整数，而不是 "${value}"。`,
    gradeTimeout: (value) =>
      `kata grade 的 --timeout 需要 1 到 600 秒（每个练习），而不是 "${value}"。`,
  },
  errors: {
    packIntoRepository: (dir) => `无法打包到 ${dir}：它就是本仓库，或包含本仓库。`,
    packIntoRepositoryNext: "请选择仓库之外的目录，例如 ../class-katas。",
    packNotEmpty: (dir) => `无法打包到 ${dir}：该目录不是空的。`,
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
  },
  pack: {
    done: (count, dir) => `已将 ${count} 个练习打包到 ${dir}，不含参考答案和诱饵实现。`,
    added: (ids) => `因为所选练习导入了它们，也一并打包：${ids}。`,
    committed: "它是一个只有一个提交的 git 仓库：`kata reset` 从这个提交恢复存根。",
    unchanged: "它的 git 仓库中已有这些文件，没有新的内容需要提交。",
    noGit: "没有可用的 git，所以打包结果不是 git 仓库；`kata reset` 需要 git。",
    next: (dir) =>
      `下一步：cd ${dir} && npm ci && npm test；然后运行 \`npx kata classroom autograding\`，并将其发布为模板仓库（见 docs/classroom.md）。`,
  },
  autograding: {
    wrote: (count, points) =>
      `GitHub Classroom 自动评分：共 ${count} 项测试，每个练习一项，每项 ${points} 分。`,
    next: "提交这两个文件；此后学生每次推送，都会在 GitHub 的运行器上为其练习评分（见 docs/classroom.md）。",
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
