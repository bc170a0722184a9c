import type { Messages } from "./messages.ts";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The English catalogue. */
export const en = {
  locale: "en",
  status: { passed: "✓ passed ", failing: "✗ failing", pending: "· to do  ", given: "✓ given  " },
  difficulty: { easy: "easy", medium: "medium", hard: "hard" },
  list: {
    katas: (done, total) => `${done}/${total} katas`,
    next: (id) => `Next: npx kata test ${id}`,
    allGreen: "Every kata is green.",
    track: {
      patterns: "Design patterns",
      formatting: "Python's string formatting",
      "ai-engineering": "The Python of AI-engineering interviews",
    },
    buildsOn: (ids) => ` (builds on ${ids.join(", ")})`,
  },
  test: {
    typeErrors: (n) =>
      `TypeScript found ${plural(n, "type error", "type errors")}; fix ${n === 1 ? "it" : "them"} before the tests run:`,
    andMore: (n) => `… and ${n} more`,
    syntaxErrors: (n) =>
      `TypeScript cannot read the file: ${plural(n, "syntax error", "syntax errors")} (a bracket, a quote or a comma):`,
    tip: "Tip:",
    tips: {
      TS2345:
        "noUncheckedIndexedAccess: `xs[i]` may be undefined, unlike Python's IndexError. Check it (`if (x === undefined) …`), or use `xs.at(i)` with a fallback (`?? 0`).",
      TS2322:
        "A value that may be `undefined` (a missing index or key) is given where it may not be. Narrow it first, or give a default with `??`.",
      TS2532:
        "This may be `undefined` here: check it (`if (!x) …`) or use optional chaining `x?.y`, as you would guard `None` in Python.",
      TS18048:
        "This may be `undefined` here: check it (`if (!x) …`) or use optional chaining `x?.y`, as you would guard `None` in Python.",
      TS7006:
        "Parameters need a type, unlike Python's optional hints: write `(price: number) => …`.",
      TS2564:
        "A class field must be given a value in its declaration or in the constructor (Python's `__init__`), or be declared optional with `?`.",
      TS7053:
        "An object is not a dict: index it with a key of its type (`keyof typeof obj`), or use a `Map` or `Record<string, T>`.",
      TS2339:
        "Unlike Python's `self.x = …` in `__init__`, assigning does not create a field: declare it in the class body (`readonly beverage: Beverage;`), or check the name's spelling.",
    },
    doesNotLoad: (file) => `${file} does not load:`,
    loadAdvice:
      "Fix the syntax error or the code that throws at the top level of the file, then run the tests again.",
    missingExports: (file, names) => `${file} does not export ${names}.`,
    missingAdvice: (id) =>
      `The spec imports every name the stub exports: keep each \`export\` the stub had (\`npx kata reset ${id}\` restores the stub, after a backup).`,
    timeout: (s) => `The tests did not finish within ${s} s, so they were stopped.`,
    hung: "did not finish",
    notReached: "not reached",
    onReference: (id, p) =>
      `${id} builds on ${p}, which you have not finished: it runs on the reference ${p} (do it first with npx kata test ${p}, or add --prerequisites own to use yours).`,
    onOwnUnfinished: (id, p) =>
      `${id} builds on ${p}, which you have not finished, and it runs on your ${p}: a TODO from ${p} means finishing ${p} first (npx kata test ${p}).`,
    stillRunning: (step, name) => `Still running: ${step} › ${name}`,
    timeoutAdvice:
      "Look for a loop that never ends or a promise that never settles. Your files were not changed.",
    moreTime: (id) => `More time: npx kata test ${id} --timeout <seconds>`,
    tests: (n) => plural(n, "test", "tests"),
    failing: (k, n) => `${k} of ${n} failing`,
    specCouldNotRun: "The spec could not run:",
    step: (n, total, id, title) => `Step ${n} of ${total}, ${id}: ${title}`,
    noTestInStep: "The spec has no test for this step in the run.",
    hint: "Hint:",
    moreHints: (id) => `More: npx kata hint ${id}`,
    lawBrokenBy: "law broken by:",
    shrunk: (n) => ` (shrunk ${plural(n, "time", "times")})`,
    replay: "replay:",
    expected: "expected:",
    actual: "actual:  ",
    diffLegend: "- expected, + actual:",
    unchanged: (n) => `… ${plural(n, "line", "lines")} the same`,
    at: (where) => `at ${where}`,
    parityOk: (python) => `demo() = original.py in CPython ${python}`,
    parityChecking: "checking demo() against original.py in CPython…",
    parityPending: "demo() against original.py in CPython",
    parityDiffers: (n, line, python) =>
      `Step ${n}, parity: line ${line} of demo() differs from what CPython ${python} prints`,
    python: "python:",
    yours: "yours: ",
    parityError: (message) => `The parity check could not run: ${message}`,
    allGreen: (steps) =>
      `All ${steps} steps are green, and the port prints what the Python prints.`,
    compareNext: (id) => `Compare with the reference: npx kata compare ${id}`,
  },
  hint: {
    heading: (id, n, step) => `${id}, step ${n} (${step})`,
    label: (i, total) => `Hint ${i}/${total}:`,
    more: "Run it again for a more precise hint.",
    last: "That was the last hint for this step.",
  },
  solution: {
    locked: (id) =>
      `The reference opens once ${id} passes (npx kata test ${id}). To look now anyway: npx kata solution ${id} --force (it is recorded).`,
  },
  reset: {
    confirm: (what) => `Restore the stub of ${what}? Your files are backed up first.`,
    everyKata: "every kata",
    nothing: "Nothing was changed.",
    backedUp: (dir) => `Backed up to ${dir}`,
    restored: (file) => `Restored ${file}`,
    noOriginal: (file, ref) => `Cannot find the original of ${file} in git (${ref}).`,
    noOriginalNext:
      "reset restores stubs from git; run it inside the repository's git clone, or pass --from <ref>.",
    cannotWrite: (file, code, backup) =>
      `Could not write ${file}: ${code}. Your work is safe in ${backup}.`,
    cannotWriteNext: "Check the folder's permissions, then run the reset again.",
    cannotBackUp: (backup, code) =>
      `Could not back up your files to ${backup} (${code}), so nothing was restored: your files are as they were.`,
    cannotBackUpNext:
      "`.kata/backups` must be a folder you can write to: rename whatever is there, then run the reset again.",
  },
  compare: {
    heading: "your code beside the reference",
    columns: "yours ref",
    sameInputs: "Same inputs, both implementations",
    noDeclaration: (id) => `This kata declares no differential check (katas/${id}/compare.ts).`,
    summary: (yours, reference, total) =>
      `The spec: yours passes ${yours} of ${total} tests, the reference ${reference} of ${total}.`,
    onlyDifferences: (shown, total) =>
      `The ${plural(shown, "test", "tests")} where yours and the reference differ (of ${total}; --full shows all):`,
    codeHidden: (id) =>
      `The reference's code stays hidden until your kata passes. To see it now: npx kata compare ${id} --force (recorded, like kata solution --force).`,
    reveal: (id) => `${id} has not passed yet. Show the reference's code anyway? It is recorded.`,
    cut: (n) => `… ${n} more: --full shows everything.`,
    couldNotFinish: (why) => `The check could not finish: ${why}.`,
    agree: (runs, seed) => `${runs} generated inputs, no difference (seed ${seed}).`,
    differ: (input) => `They differ after shrinking, on input ${input}:`,
    yours: "yours:    ",
    reference: "reference:",
    throws: (what) => `throws ${what}`,
    seed: (seed) => `seed ${seed}`,
    diff: "Diff, yours against the reference",
    identical: "identical",
    lines: (yours, reference) => `Lines of code: yours ${yours}, reference ${reference}.`,
  },
  playground: {
    moreHints: "More: press Next hint.",
    moreTime: (id) =>
      `The playground's limit is fixed. For more time, in a clone: npx kata test ${id} --timeout <seconds>`,
  },
  watch: {
    keys: "n next kata · h hint · c compare · l list · r reset · q quit",
    listKeys: "↑ ↓ or 1-9 choose · Enter open · l or Esc back · q quit",
    moreHints: "Press h for the next hint.",
    moreTime: (id) => `More time: press q, then npx kata watch ${id} --timeout <seconds>`,
    testing: (id) => `Testing ${id}…`,
    passed: "Kata passed. Press c to compare with the reference, n for the next kata.",
    everyKataGreen: "Every kata is green. Press q to quit, l for the list.",
    comparing: "Comparing with the reference…",
    confirmReset: (id) => `Restore the stub of ${id}? Your file is backed up first. (y/N)`,
    cut: (n) => `… ${plural(n, "more line", "more lines")}: a taller window shows them.`,
    cutComparison: (n, id) =>
      `… ${plural(n, "more line", "more lines")}: npx kata compare ${id} prints the whole comparison.`,
  },
  verify: {
    structureGood: (n) =>
      `${n} katas verified: manifests, files and exports are in place (a student pack has no references to check).`,
    allGood: (n) =>
      `${n} katas verified: every stub fails, every reference passes, every decoy is rejected.`,
    broken: (bad, n) => `${bad} of ${n} katas break the contract (docs/kata-contract.md).`,
  },
  usage: {
    help: `kata: Python to TypeScript katas

Usage:
  npx kata                          watch the first unfinished kata (in a terminal);
                                    elsewhere, test every kata and print the progress table
  npx kata list [--json]            every kata with its status
  npx kata test <id>                run a kata's spec against your code
      --reporter pretty|json|junit  json is Exercism's results.json v3
      --timeout <seconds>           stop code that runs longer (default 10)
      --prerequisites own|reference the katas it builds on: yours, or the reference
                                    (default: yours once passed, else the reference)
  npx kata watch [<id>]             re-run on every save; keys: n h c l r q
  npx kata hint <id>                the next hint for the step you are on
  npx kata solution <id> [--force]  the reference, once your kata passes
  npx kata compare <id> [--seed n]  your code beside the reference: tests, same inputs, diff
      --full                        every test, whole values, the whole diff
      --force                       show the reference's code before a pass (recorded)
  npx kata reset <id>... | --all    back up your files to .kata/backups/, restore the stubs
      --yes                         do not ask first
      --from <git-ref>              restore from this commit (default HEAD)
  npx kata verify [<id>...]         prove the kata contract (for maintainers)
Teachers (docs/classroom.md):
  npx kata pack <dir>               a student repository: no solutions, its own README
      --katas <id,...>              only these katas (and the katas they import)
      --solved <id,...>             ship these (and what they build on) solved
      --force                       replace a previous pack in <dir>
  npx kata classroom classroom50 <pack>  Classroom 50 tests, one per kata step
  npx kata classroom actions <pack>     a GitHub Actions workflow grading every step
  npx kata classroom gradescope         Gradescope's autograder zip (--out <file.zip>)
      --points <n>                  points per kata, split over its steps (default 10)
  npx kata grade <submissions>      grade every student folder: HTML, CSV, JSON reports
      --out <dir>                   where the reports go (default reports/grade)
      --jobs <n>                    students graded at a time (default: CPU count)
      --timeout <s> --memory <MB>   limits per kata (default 10 s, 512 MB)
      --katas <id,...> --seed <n>   only these katas; fast-check's seed for all
      --single --gradescope <file>  one student's folder; Gradescope's results.json
  npx kata help                     this text
  npx kata --version                the version of py2ts-katas

Every command takes --lang en|zh-CN (default: from LANG / LC_ALL).
Exit codes: 0 success or all green, 1 failing tests, 2 bad usage or a broken repository.`,
    badOption: (detail) => detail,
    unknownCommand: (name) => `Unknown command "${name}".`,
    needsId: (command) =>
      `\`kata ${command}\` needs a kata id, as in \`npx kata ${command} singleton\`.`,
    oneId: (command, got) => `\`kata ${command}\` takes one kata id; got ${got}.`,
    timeout: (value) =>
      `--timeout takes a number of seconds above 0 and at most 2147483 (about 24 days), not "${value}".`,
    reporter: (choices, value) => `--reporter is one of ${choices}, not "${value}".`,
    seed: (value) => `--seed takes an integer, not "${value}".`,
    watchOneId: "`kata watch` takes at most one kata id.",
    watchNeedsTerminal: "`kata watch` needs a terminal; use `npx kata test <id>` in scripts.",
    resetIdsOrAll: "`kata reset` needs kata ids or --all.",
    resetNotBoth: "`kata reset` takes kata ids or --all, not both.",
    resetNeedsYes: "`kata reset` asks first; without a terminal, pass --yes.",
    lang: (value) => `--lang is en or zh-CN, not "${value}".`,
    from: (value) => `--from takes a git revision such as HEAD or main, not "${value}".`,
    prerequisites: (value) => `--prerequisites is own or reference, not "${value}".`,
    noClassroom:
      "The teacher's commands (pack, classroom, grade) are not part of this copy: it is a student pack.",
  },
  errors: {
    unknownKata: (id) => `There is no kata called "${id}".`,
    didYouMean: (ids) =>
      `Did you mean ${ids.map((id) => `"${id}"`).join(" or ")}? \`npx kata list\` shows them all.`,
    seeList: "`npx kata list` shows the katas there are.",
    manifest: (file) => `${file} is not a valid kata manifest:`,
    manifestNext: "Fix the fields named above; docs/kata-contract.md describes the manifest.",
    noReference: (id) =>
      `This copy of the katas has no reference solution for ${id} (a student pack leaves them out).`,
    noReferenceNext: "Ask your teacher for the reference, or compare in the full repository.",
    missingFile: (file) => `${file} is missing.`,
    missingFileNext: "Restore it from git (`git checkout -- <file>`) or run `npx kata reset <id>`.",
    usageNext: "Run `npx kata help` for the commands and their options.",
    cannotRead: (path, code) => `Cannot read ${path} (${code}). Your code is untouched.`,
    cannotWrite: (path, code) =>
      `Cannot write ${path} (${code}). Your code is untouched; only your progress was not saved.`,
    stateFileNext: (path) =>
      `${path} should be a file you can write (and .kata a folder): rename whatever is in the way, then run the command again.`,
    warning: "warning:",
    unexpected: (detail) => `kata failed unexpectedly: ${detail}`,
    unexpectedNext: "Run again with KATA_DEBUG=1 for the stack, and report it.",
  },
} as const satisfies Messages;
