import { describe, expect, it } from "vitest";
import {
  EXIT,
  KataError,
  ManifestError,
  MissingFileError,
  NoReferenceError,
  ResetError,
  type Said,
  SelfDescribingError,
  UnknownKataError,
  UsageError,
} from "../errors.ts";
import { en } from "../i18n/en.ts";
import { zhCN } from "../i18n/zh-cn.ts";
import { describeError } from "./describe-error.ts";

// Each core error, with what it says in English and in Chinese: [message, next] per language.
const cases: [string, KataError, Said, Said][] = [
  [
    "a usage error",
    new UsageError({ kind: "seed", value: "x" }),
    {
      message: '--seed takes an integer, not "x".',
      next: "Run `npx kata help` for the commands and their options.",
    },
    { message: '--seed 需要一个整数，而不是 "x"。', next: "运行 `npx kata help` 查看命令和选项。" },
  ],
  [
    "an unknown kata with close ids",
    new UnknownKataError("singelton", ["singleton"]),
    {
      message: 'There is no kata called "singelton".',
      next: 'Did you mean "singleton"? `npx kata list` shows them all.',
    },
    {
      message: '没有名为 "singelton" 的练习。',
      next: '你是想找 "singleton" 吗？`npx kata list` 会列出全部练习。',
    },
  ],
  [
    "an unknown kata with nothing close",
    new UnknownKataError("zzz", []),
    {
      message: 'There is no kata called "zzz".',
      next: "`npx kata list` shows the katas there are.",
    },
    { message: '没有名为 "zzz" 的练习。', next: "`npx kata list` 会列出现有的练习。" },
  ],
  [
    "a broken manifest",
    new ManifestError("katas/k/kata.json", ["difficulty: Invalid option", "steps: Required"]),
    {
      message:
        "katas/k/kata.json is not a valid kata manifest:\n  - difficulty: Invalid option\n  - steps: Required",
      next: "Fix the fields named above; docs/kata-contract.md describes the manifest.",
    },
    {
      message:
        "katas/k/kata.json 不是有效的练习清单（manifest）：\n  - difficulty: Invalid option\n  - steps: Required",
      next: "请修正上面列出的字段；docs/kata-contract.md 说明了清单的格式。",
    },
  ],
  [
    "a copy without references",
    new NoReferenceError("proxy"),
    {
      message:
        "This copy of the katas has no reference solution for proxy (a student pack leaves them out).",
      next: "Ask your teacher for the reference, or compare in the full repository.",
    },
    {
      message: "这份练习副本没有 proxy 的参考答案（学生包不包含参考答案）。",
      next: "请向老师索取参考答案，或在完整的仓库中进行对比。",
    },
  ],
  [
    "a missing file",
    new MissingFileError("katas/k/k.test.ts"),
    {
      message: "katas/k/k.test.ts is missing.",
      next: "Restore it from git (`git checkout -- <file>`) or run `npx kata reset <id>`.",
    },
    {
      message: "缺少 katas/k/k.test.ts。",
      next: "请从 git 恢复（`git checkout -- <文件>`），或运行 `npx kata reset <id>`。",
    },
  ],
  [
    "a reset without the original",
    new ResetError({ kind: "no-original", file: "katas/k/k.ts", ref: "HEAD" }),
    {
      message: "Cannot find the original of katas/k/k.ts in git (HEAD).",
      next: "reset restores stubs from git; run it inside the repository's git clone, or pass --from <ref>.",
    },
    {
      message: "在 git（HEAD）中找不到 katas/k/k.ts 的原始版本。",
      next: "reset 从 git 恢复存根；请在仓库的 git 克隆中运行，或使用 --from <ref>。",
    },
  ],
  [
    "a reset that cannot write",
    new ResetError({
      kind: "cannot-write",
      file: "katas/k/k.ts",
      code: "EACCES",
      backup: ".kata/backups/t",
    }),
    {
      message: "Could not write katas/k/k.ts: EACCES. Your work is safe in .kata/backups/t.",
      next: "Check the folder's permissions, then run the reset again.",
    },
    {
      message: "无法写入 katas/k/k.ts：EACCES。你的代码已安全备份在 .kata/backups/t。",
      next: "请检查文件夹权限，然后重新运行 reset。",
    },
  ],
];

describe("describeError", () => {
  it.each(cases)("says what is wrong and what to do next, for %s", (_, error, english, chinese) => {
    expect(describeError(error, en)).toEqual(english);
    expect(describeError(error, zhCN)).toEqual(chinese);
  });

  it("asks an error that describes itself, in the learner's locale", () => {
    class Teacher extends SelfDescribingError {
      readonly exitCode = EXIT.usage;
      describeIn(locale: string): Said {
        return { message: `said in ${locale}`, next: "next" };
      }
    }
    expect(describeError(new Teacher("x"), zhCN)).toEqual({
      message: "said in zh-CN",
      next: "next",
    });
    expect(describeError(new Teacher("x"), en).message).toBe("said in en");
  });

  it("falls back to the message of an error it does not know", () => {
    class Unknown extends KataError {
      readonly exitCode = EXIT.failing;
    }
    expect(describeError(new Unknown("the plain summary"), en)).toEqual({
      message: "the plain summary",
      next: "Run again with KATA_DEBUG=1 for the stack, and report it.",
    });
  });
});
