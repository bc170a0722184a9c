import type { Messages } from "./messages.ts";

/** 简体中文消息目录。 */
export const zhCN = {
  locale: "zh-CN",
  status: { passed: "✓ 已通过", failing: "✗ 未通过", pending: "· 待完成", given: "✓ 已给出" },
  difficulty: { easy: "简单", medium: "中等", hard: "困难" },
  list: {
    katas: (done, total) => `已完成 ${done}/${total} 个练习`,
    next: (id) => `下一步：npx kata test ${id}`,
    allGreen: "所有练习都已通过。",
    track: {
      patterns: "设计模式",
      formatting: "Python 字符串格式化",
      "ai-engineering": "AI 工程面试中的 Python",
    },
    buildsOn: (ids) => `（建立在 ${ids.join("、")} 之上）`,
  },
  test: {
    typeErrors: (n) => `TypeScript 发现 ${n} 个类型错误；请先修复，再运行测试：`,
    andMore: (n) => `…… 另有 ${n} 个`,
    syntaxErrors: (n) =>
      `TypeScript 无法解析这个文件：有 ${n} 个语法错误（多半是括号、引号或逗号）：`,
    tip: "提示：",
    tips: {
      TS2345:
        "noUncheckedIndexedAccess：`xs[i]` 可能是 undefined，不像 Python 会抛出 IndexError。先检查（`if (x === undefined) …`），或用 `xs.at(i)` 加默认值（`?? 0`）。",
      TS2322:
        "一个可能为 `undefined` 的值（越界的下标或不存在的键）被用在了不允许的地方。先收窄类型，或用 `??` 给出默认值。",
      TS2532:
        "这里的值可能是 `undefined`：先检查（`if (!x) …`），或用可选链 `x?.y`，就像在 Python 里判断 `None`。",
      TS18048:
        "这里的值可能是 `undefined`：先检查（`if (!x) …`），或用可选链 `x?.y`，就像在 Python 里判断 `None`。",
      TS7006: "参数必须写类型，这和 Python 可有可无的类型注解不同：写成 `(price: number) => …`。",
      TS2564:
        "类的字段必须在声明处或构造函数（相当于 Python 的 `__init__`）里赋值，或者用 `?` 声明为可选。",
      TS7053:
        "对象不是 dict：只能用它类型里的键来索引（`keyof typeof obj`），或者改用 `Map` 或 `Record<string, T>`。",
      TS2339:
        "和 Python 在 `__init__` 里写 `self.x = …` 不同，赋值并不会创建字段：要在类体里声明它（`readonly beverage: Beverage;`），或者检查名字是否拼错。",
    },
    doesNotLoad: (file) => `${file} 无法加载：`,
    loadAdvice: "请修复语法错误，或文件顶层抛出异常的代码，然后重新运行测试。",
    missingExports: (file, names) => `${file} 没有导出 ${names}。`,
    missingAdvice: (id) =>
      `测试会导入存根导出的每一个名字：请保留存根中的每一个 \`export\`（\`npx kata reset ${id}\` 会先备份再恢复存根）。`,
    timeout: (s) => `测试在 ${s} 秒内没有结束，已被停止。`,
    hung: "没有结束",
    notReached: "尚未运行",
    onReference: (id, p) =>
      `${id} 建立在 ${p} 之上，而你还没有完成 ${p}：这次用参考答案的 ${p} 运行（先做它：npx kata test ${p}；想用你自己的，加 --prerequisites own）。`,
    onOwnUnfinished: (id, p) =>
      `${id} 建立在 ${p} 之上，你还没有完成 ${p}，这次用的是你自己的 ${p}：如果看到来自 ${p} 的 TODO，请先完成 ${p}（npx kata test ${p}）。`,
    stillRunning: (step, name) => `仍在运行：${step} › ${name}`,
    timeoutAdvice: "请检查是否有永不结束的循环，或永不完成的 Promise。你的文件没有被改动。",
    moreTime: (id) => `需要更多时间：npx kata test ${id} --timeout <秒数>`,
    tests: (n) => `${n} 个测试`,
    failing: (k, n) => `${n} 个测试中 ${k} 个未通过`,
    specCouldNotRun: "测试规格无法运行：",
    step: (n, total, id, title) => `第 ${n}/${total} 步，${id}：${title}`,
    noTestInStep: "本次运行中，这一步没有测试。",
    hint: "提示：",
    moreHints: (id) => `更多提示：npx kata hint ${id}`,
    lawBrokenBy: "破坏这条性质的输入：",
    shrunk: (n) => `（已收缩 ${n} 次）`,
    replay: "重现：",
    expected: "期望：",
    actual: "实际：",
    diffLegend: "- 期望，+ 实际：",
    unchanged: (n) => `…… 另有 ${n} 行相同`,
    at: (where) => `位置 ${where}`,
    parityOk: (python) => `demo() 与 original.py 在 CPython ${python} 中的输出一致`,
    parityChecking: "正在用 CPython 对照 demo() 与 original.py 的输出……",
    parityPending: "demo() 对照 original.py 在 CPython 中的输出",
    parityDiffers: (n, line, python) =>
      `第 ${n} 步，一致性：demo() 的第 ${line} 行与 CPython ${python} 的输出不同`,
    python: "Python：",
    yours: "你的：  ",
    parityError: (message) => `一致性检查无法运行：${message}`,
    allGreen: (steps) => `全部 ${steps} 步都已通过，移植版本的输出与 Python 完全一致。`,
    compareNext: (id) => `与参考答案对比：npx kata compare ${id}`,
  },
  hint: {
    heading: (id, n, step) => `${id}，第 ${n} 步（${step}）`,
    label: (i, total) => `提示 ${i}/${total}：`,
    more: "再运行一次，可以得到更具体的提示。",
    last: "这是这一步的最后一条提示。",
  },
  solution: {
    locked: (id) =>
      `${id} 通过后才能查看参考答案（npx kata test ${id}）。如果现在就想看：npx kata solution ${id} --force（会被记录）。`,
  },
  reset: {
    confirm: (what) => `恢复 ${what} 的存根吗？你的文件会先被备份。`,
    everyKata: "所有练习",
    nothing: "没有做任何改动。",
    backedUp: (dir) => `已备份到 ${dir}`,
    restored: (file) => `已恢复 ${file}`,
    noOriginal: (file, ref) => `在 git（${ref}）中找不到 ${file} 的原始版本。`,
    noOriginalNext: "reset 从 git 恢复存根；请在仓库的 git 克隆中运行，或使用 --from <ref>。",
    cannotWrite: (file, code, backup) =>
      `无法写入 ${file}：${code}。你的代码已安全备份在 ${backup}。`,
    cannotWriteNext: "请检查文件夹权限，然后重新运行 reset。",
    cannotBackUp: (backup, code) =>
      `无法把你的文件备份到 ${backup}（${code}），所以没有恢复任何存根：你的文件保持原样。`,
    cannotBackUpNext:
      "`.kata/backups` 必须是一个可写的文件夹：把占着这个名字的东西改名，然后重新运行 reset。",
  },
  compare: {
    heading: "你的代码与参考答案对照",
    columns: "你的 参考",
    sameInputs: "相同输入，两种实现",
    noDeclaration: (id) => `这个练习没有声明差分检查（katas/${id}/compare.ts）。`,
    summary: (yours, reference, total) =>
      `测试规格：你的代码通过 ${total} 个测试中的 ${yours} 个，参考答案通过 ${reference} 个。`,
    onlyDifferences: (shown, total) =>
      `你的代码与参考答案结果不同的 ${shown} 个测试（共 ${total} 个；加 --full 显示全部）：`,
    codeHidden: (id) =>
      `在你的练习通过之前，参考答案的代码不会显示。现在就要看：npx kata compare ${id} --force（会被记录，和 kata solution --force 一样）。`,
    reveal: (id) => `${id} 还没有通过。仍然显示参考答案的代码吗？这会被记录。`,
    cut: (n) => `…… 还有 ${n} 项：加 --full 显示全部。`,
    couldNotFinish: (why) => `检查没能完成：${why}。`,
    agree: (runs, seed) => `${runs} 个生成的输入，没有差异（种子 ${seed}）。`,
    differ: (input) => `收缩之后，两者在这个输入上不同：${input}`,
    yours: "你的：",
    reference: "参考：",
    throws: (what) => `抛出 ${what}`,
    seed: (seed) => `种子 ${seed}`,
    diff: "差异：你的代码对照参考答案",
    identical: "完全相同",
    lines: (yours, reference) => `代码行数：你的 ${yours} 行，参考答案 ${reference} 行。`,
  },
  playground: {
    moreHints: "更多提示：点“下一条提示”按钮。",
    moreTime: (id) =>
      `练习场的时间限制是固定的。需要更长时间，请在克隆的仓库里运行 npx kata test ${id} --timeout <秒数>`,
  },
  watch: {
    keys: "n 下一个 · h 提示 · c 对比 · l 列表 · r 重置 · q 退出",
    listKeys: "↑ ↓ 或 1-9 选择 · Enter 打开 · l 或 Esc 返回 · q 退出",
    moreHints: "按 h 查看下一条提示。",
    moreTime: (id) => `需要更多时间：按 q 退出，再运行 npx kata watch ${id} --timeout <秒数>`,
    testing: (id) => `正在测试 ${id}……`,
    passed: "练习已通过。按 c 与参考答案对比，按 n 进入下一个练习。",
    everyKataGreen: "所有练习都已通过。按 q 退出，按 l 查看列表。",
    comparing: "正在与参考答案对比……",
    confirmReset: (id) => `恢复 ${id} 的存根吗？你的文件会先被备份。(y/N)`,
    cut: (n) => `…… 还有 ${n} 行：把窗口拉高就能看到。`,
    cutComparison: (n, id) => `…… 还有 ${n} 行：运行 npx kata compare ${id} 可以看到完整的对比。`,
  },
  verify: {
    structureGood: (n) =>
      `已验证 ${n} 个练习：清单、文件和导出都齐全（学生包不含参考答案，无需检查）。`,
    allGood: (n) => `已验证 ${n} 个练习：每个存根都失败，每个参考答案都通过，每个诱饵解都被拒绝。`,
    broken: (bad, n) => `${n} 个练习中有 ${bad} 个违反了约定（docs/kata-contract.md）。`,
  },
  usage: {
    help: `kata：从 Python 到 TypeScript 的编程练习

用法：
  npx kata                          在终端中：监视第一个未完成的练习；
                                    否则：测试所有练习并打印进度表
  npx kata list [--json]            列出所有练习及其状态
  npx kata test <id>                用练习的测试规格检查你的代码
      --reporter pretty|json|junit  json 即 Exercism 的 results.json v3
      --timeout <秒数>              运行超时即停止（默认 10）
      --prerequisites own|reference 它所依赖的练习用你的代码还是参考答案
                                    （默认：通过之后用你的，之前用参考答案）
  npx kata watch [<id>]             每次保存都重新运行；按键：n h c l r q
  npx kata hint <id>                当前这一步的下一条提示
  npx kata solution <id> [--force]  练习通过后查看参考答案
  npx kata compare <id> [--seed n]  你的代码与参考答案对照：测试、相同输入、差异
      --full                        显示全部测试、完整的值和完整差异
      --force                       在通过之前也显示参考答案的代码（会被记录）
  npx kata reset <id>... | --all    先备份到 .kata/backups/，再恢复存根
      --yes                         不再询问
      --from <git-ref>              从这个提交恢复（默认 HEAD）
  npx kata verify [<id>...]         验证练习约定（维护者使用）
教师使用（见 docs/classroom.md）：
  npx kata pack <目录>              生成学生仓库：不含参考答案，附带学生版 README
      --katas <id,...>              只打包这些练习（及其导入的练习）
      --solved <id,...>             这些练习（及其依赖）直接给出答案
      --force                       替换 <目录> 中上一次的打包结果
  npx kata classroom classroom50 <练习包>  生成 Classroom 50 测试，每个练习步骤一项
  npx kata classroom actions <练习包>     生成为每个步骤评分的 GitHub Actions 工作流
  npx kata classroom gradescope           生成 Gradescope 自动评分器 zip（--out <文件.zip>）
      --points <n>                  每个练习的分数，按步骤分配（默认 10）
  npx kata grade <提交目录>         为每个学生目录评分：生成 HTML、CSV、JSON 报告
      --out <目录>                  报告的输出位置（默认 reports/grade）
      --jobs <n>                    同时评分的学生数（默认：CPU 核数）
      --timeout <秒> --memory <MB>  每个练习的限制（默认 10 秒、512 MB）
      --katas <id,...> --seed <n>   只评这些练习；所有学生共用的 fast-check 种子
      --single --gradescope <文件>  只评一名学生的目录；写出 Gradescope 的 results.json
  npx kata help                     显示本帮助
  npx kata --version                显示 py2ts-katas 的版本

所有命令都接受 --lang en|zh-CN（默认根据 LANG / LC_ALL）。
退出码：0 成功或全部通过，1 有测试未通过，2 用法错误或仓库损坏。`,
    badOption: (detail) => `命令行选项有误：${detail}`,
    unknownCommand: (name) => `未知命令 "${name}"。`,
    needsId: (command) =>
      `\`kata ${command}\` 需要一个练习 id，例如 \`npx kata ${command} singleton\`。`,
    oneId: (command, got) => `\`kata ${command}\` 只接受一个练习 id；收到的是 ${got}。`,
    timeout: (value) =>
      `--timeout 需要一个大于 0、不超过 2147483（约 24 天）的秒数，而不是 "${value}"。`,
    reporter: (choices, value) => `--reporter 只能是 ${choices} 之一，而不是 "${value}"。`,
    seed: (value) => `--seed 需要一个整数，而不是 "${value}"。`,
    watchOneId: "`kata watch` 最多接受一个练习 id。",
    watchNeedsTerminal: "`kata watch` 需要在终端中运行；脚本中请使用 `npx kata test <id>`。",
    resetIdsOrAll: "`kata reset` 需要练习 id 或 --all。",
    resetNotBoth: "`kata reset` 只能给练习 id 或 --all，不能同时给。",
    resetNeedsYes: "`kata reset` 会先询问；不在终端中时，请加上 --yes。",
    lang: (value) => `--lang 只能是 en 或 zh-CN，而不是 "${value}"。`,
    from: (value) => `--from 需要一个 git 版本（如 HEAD 或 main），而不是 "${value}"。`,
    prerequisites: (value) => `--prerequisites 只能是 own 或 reference，而不是 "${value}"。`,
    noClassroom: "教师命令（pack、classroom、grade）不在这份副本里：这是发给学生的练习包。",
  },
  errors: {
    unknownKata: (id) => `没有名为 "${id}" 的练习。`,
    didYouMean: (ids) =>
      `你是想找 ${ids.map((id) => `"${id}"`).join(" 或 ")} 吗？\`npx kata list\` 会列出全部练习。`,
    seeList: "`npx kata list` 会列出现有的练习。",
    manifest: (file) => `${file} 不是有效的练习清单（manifest）：`,
    manifestNext: "请修正上面列出的字段；docs/kata-contract.md 说明了清单的格式。",
    noReference: (id) => `这份练习副本没有 ${id} 的参考答案（学生包不包含参考答案）。`,
    noReferenceNext: "请向老师索取参考答案，或在完整的仓库中进行对比。",
    missingFile: (file) => `缺少 ${file}。`,
    missingFileNext: "请从 git 恢复（`git checkout -- <文件>`），或运行 `npx kata reset <id>`。",
    usageNext: "运行 `npx kata help` 查看命令和选项。",
    cannotRead: (path, code) => `无法读取 ${path}（${code}）。你的代码没有被改动。`,
    cannotWrite: (path, code) =>
      `无法写入 ${path}（${code}）。你的代码没有被改动，只是进度没有保存。`,
    stateFileNext: (path) =>
      `${path} 应当是一个可写的文件（.kata 应当是文件夹）：把占着这个名字的东西改名，然后重新运行命令。`,
    warning: "警告：",
    unexpected: (detail) => `kata 意外失败：${detail}`,
    unexpectedNext: "请加上 KATA_DEBUG=1 重新运行以查看调用栈，并报告这个问题。",
  },
} as const satisfies Messages;
