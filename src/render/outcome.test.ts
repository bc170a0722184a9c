import { describe, expect, it } from "vitest";
import { zhCN } from "../i18n/zh-cn.ts";
import { kata } from "../kata/catalog.fixture.ts";
import type { Kata } from "../kata/catalog.ts";
import { differ, green, parityError, pending, ran, red, same } from "../kata/outcome.fixture.ts";
import type { KataOutcome, TypeDiagnostic } from "../kata/outcome.ts";
import { type KataStatus, verdictOf } from "../kata/verdict.ts";
import { renderOutcome } from "./outcome.ts";
import { plain } from "./paint.ts";
import { plainUi } from "./ui.ts";

const base = kata("k", ["one", "two", "three"]);
const k: Kata = {
  ...base,
  manifest: {
    ...base.manifest,
    steps: [
      { id: "one", title: "One instance", hints: ["vague one"] },
      { id: "two", title: "Two callers", hints: ["vague two", "sharper two", "exact two"] },
      { id: "three", title: "Three queues", hints: ["vague three"] },
    ],
    translations: {
      "zh-CN": {
        source: "0123456789abcdef",
        title: "K 练习",
        steps: { two: { title: "两个调用者", hints: ["模糊的提示", "更具体的提示"] } },
        tests: { "shares one instance": "共用同一个实例", "law: keeps order": "性质：保持顺序" },
      },
    },
  },
};
const allGreen = [green("one"), green("two"), green("three")];
const lines = (outcome: KataOutcome, revealed = {}) =>
  renderOutcome(k, outcome, plainUi, revealed).text.split("\n");

describe("renderOutcome before the tests", () => {
  it("shows type errors first, ten of them, and how many more there are", () => {
    const diagnostics: TypeDiagnostic[] = Array.from({ length: 12 }, (_, i) => ({
      file: "katas/k/k.ts",
      line: i + 1,
      column: 3,
      code: "TS2322",
      message: "Type 'string' is not assignable to type 'number'.",
    }));
    const text = lines({ kind: "type-errors", diagnostics });
    expect(text.slice(0, 4)).toEqual([
      "k · The k kata",
      "",
      "TypeScript found 12 type errors; fix them before the tests run:",
      "  katas/k/k.ts:1:3 Type 'string' is not assignable to type 'number'. TS2322",
    ]);
    expect(text).toContain(
      "  katas/k/k.ts:10:3 Type 'string' is not assignable to type 'number'. TS2322",
    );
    expect(text.join("\n")).not.toContain("katas/k/k.ts:11:3");
    expect(text.at(-1)).toBe("  … and 2 more");
  });

  it("speaks of one type error as it, not them", () => {
    const diagnostic = {
      file: "katas/k/k.ts",
      line: 4,
      column: 1,
      code: "TS2731",
      message: "Implicit conversion of a 'symbol' to a 'string' will fail at runtime.",
    };
    expect(lines({ kind: "type-errors", diagnostics: [diagnostic] })[2]).toBe(
      "TypeScript found 1 type error; fix it before the tests run:",
    );
  });

  it("names the file that does not load, with its first lines and what to do", () => {
    const message = [
      "ReferenceError: x is not defined",
      ...Array.from({ length: 9 }, (_, i) => `frame ${i + 1}`),
    ].join("\n");
    const text = lines({ kind: "load-error", file: "katas/k/k.ts", message });
    expect(text).toContain("katas/k/k.ts does not load:");
    expect(text).toContain("  ReferenceError: x is not defined");
    expect(text).toContain("  frame 7");
    expect(text).not.toContain("  frame 8");
    expect(text.at(-1)).toBe(
      "Fix the syntax error or the code that throws at the top level of the file, then run the tests again.",
    );
  });

  it("names the missing exports and how to get the stub back", () => {
    const text = lines({
      kind: "missing-exports",
      file: "katas/k/k.ts",
      missing: ["demo", "Printer"],
    });
    expect(text).toContain("katas/k/k.ts does not export demo, Printer.");
    expect(text.at(-1)).toContain("`npx kata reset k` restores the stub");
  });

  it("says the tests were stopped at the time limit, and how to give more time", () => {
    const text = lines({ kind: "timeout", seconds: 3 });
    expect(text).toContain("The tests did not finish within 3 s, so they were stopped.");
    expect(text.at(-1)).toBe("More time: npx kata test k --timeout <seconds>");
  });
});

const failure = {
  message: "expected the same instance",
  expected: "PrinterManager#1",
  actual: "PrinterManager#2",
  at: "katas/k/k.ts:12",
};
const stopsAtTwo = ran(
  [
    green("one"),
    green("one", "again"),
    green("two"),
    red("two", "shares one instance", failure),
    red("three"),
  ],
  same,
);

describe("renderOutcome of a test run", () => {
  it("marks green steps ✓, the first red one ✗ and the rest ·", () => {
    const text = lines(stopsAtTwo);
    expect(text.slice(2, 5)).toEqual([
      `  ✓ 1. ${"one".padEnd(24)} 2 tests`,
      `  ✗ 2. ${"two".padEnd(24)} 1 of 2 failing`,
      `  · 3. ${"three".padEnd(24)} 1 of 1 failing`,
    ]);
  });

  it("shows the first failing test with its failure, then the first hint", () => {
    expect(lines(stopsAtTwo).slice(5)).toEqual([
      "",
      "Step 2 of 3, two: Two callers",
      "  ✗ shares one instance",
      "    expected the same instance",
      "    expected: PrinterManager#1",
      "    actual:   PrinterManager#2",
      "    at katas/k/k.ts:12",
      "",
      "Hint: vague two",
      "More: npx kata hint k",
    ]);
  });

  it("leaves out vitest's bare equality message, which the expected and actual lines repeat", () => {
    const bare = {
      message: "expected 600 to be 700 // Object.is equality",
      expected: "700",
      actual: "600",
    };
    const named = { ...bare, message: "real reads: expected 600 to be 700 // Object.is equality" };
    const shown = (f: typeof bare) => {
      const text = lines(ran([red("one", "wraps milk", f)], same));
      const at = text.indexOf("  ✗ wraps milk");
      return text.slice(at, at + 4);
    };
    expect(shown(bare)).toEqual(["  ✗ wraps milk", "    expected: 700", "    actual:   600", ""]);
    expect(shown(named)).toEqual([
      "  ✗ wraps milk",
      "    real reads: expected 600 to be 700 // Object.is equality",
      "    expected: 700",
      "    actual:   600",
    ]);
  });

  it("quotes expected and actual when they differ only in spaces at their ends", () => {
    const spaces = {
      message: "expected ' 0' to be '0' // Object.is equality",
      expected: "0",
      actual: " 0",
    };
    const text = lines(ran([red("one", "pads", spaces)], same));
    expect(text).toContain('    expected: "0"');
    expect(text).toContain('    actual:   " 0"');
  });

  it("shows the latest hint revealed on the step, and the last one at most", () => {
    expect(lines(stopsAtTwo, { two: 2 })).toContain("Hint: sharper two");
    expect(lines(stopsAtTwo, { two: 9, one: 1 })).toContain("Hint: exact two");
  });

  it("shows a broken law's counterexample and the command that replays it alone", () => {
    const message =
      'Property failed after 2 tests\n{ seed: -620679097, path: "1:1:0", endOnFailure: true }\nCounterexample: [9," "]\nShrunk 29 time(s)\nGot error: expected 1 to be 2';
    const text = lines(ran([red("one", "law: keeps order", { message })], same));
    expect(text).toContain('    law broken by: [9," "] (shrunk 29 times)');
    expect(text).toContain("    Got error: expected 1 to be 2");
    expect(text).toContain(
      `    replay: FC_SEED=-620679097 FC_PATH="1:1:0" FC_TEST='one > law: keeps order' npx kata test k`,
    );
  });

  it("names the playground's button and replays nothing there, where no command can be typed", () => {
    const message =
      'Property failed after 2 tests\n{ seed: 7, path: "1" }\nCounterexample: [9]\nShrunk 3 time(s)\nGot error: expected 1 to be 2';
    const outcome = ran([red("one", "law: keeps order", { message })], same);
    const text = renderOutcome(k, outcome, plainUi, {}, "playground").text.split("\n");
    expect(text).toContain("More: press Next hint.");
    expect(text).toContain("    law broken by: [9] (shrunk 3 times)");
    expect(text.join("\n")).not.toMatch(/replay:|npx kata hint/);
    const stopped = renderOutcome(k, { kind: "timeout", seconds: 10 }, plainUi, {}, "playground");
    expect(stopped.text).toContain(
      "The playground's limit is fixed. For more time, in a clone: npx kata test k --timeout <seconds>",
    );
  });

  it("writes no space before the full-width bracket of a Chinese shrink count", () => {
    const message =
      'Property failed after 2 tests\n{ seed: 5, path: "1" }\nCounterexample: [9]\nShrunk 3 time(s)\nGot error: expected 1 to be 2';
    const zh = { paint: plain, m: zhCN };
    const text = renderOutcome(
      k,
      ran([red("one", "law: keeps order", { message })], same),
      zh,
    ).text;
    expect(text).toContain("    破坏这条性质的输入：[9]（已收缩 3 次）");
  });

  it("says so when the step it stopped at has no test", () => {
    expect(lines(ran([green("one"), green("three")], same))).toContain(
      "  The spec has no test for this step in the run.",
    );
  });

  it("shows a spec that could not run", () => {
    const loadErrors = [
      { target: "learner", failure: { message: "SyntaxError: Unexpected token" } },
    ];
    const text = lines(ran(allGreen, same, loadErrors));
    expect(text.slice(-3)).toEqual([
      "",
      "The spec could not run:",
      "  SyntaxError: Unexpected token",
    ]);
  });
});

describe("renderOutcome's parity row", () => {
  const parityRow = (outcome: KataOutcome) => lines(outcome).find((l) => l.includes("4. parity"));

  it("is green, with the CPython version, when demo() prints what original.py prints", () => {
    const text = lines(ran(allGreen, same));
    expect(parityRow(ran(allGreen, same))).toBe(
      `  ✓ 4. ${"parity".padEnd(24)} demo() = original.py in CPython 3.14.0`,
    );
    expect(text.slice(-2)).toEqual([
      "All 3 steps are green, and the port prints what the Python prints.",
      "Compare with the reference: npx kata compare k",
    ]);
  });

  it("is red, with the first line that differs, when demo() prints otherwise", () => {
    const text = lines(ran(allGreen, differ));
    expect(parityRow(ran(allGreen, differ))).toBe(
      `  ✗ 4. ${"parity".padEnd(24)} demo() against original.py in CPython`,
    );
    expect(text.slice(-3)).toEqual([
      "Step 4, parity: line 2 of demo() differs from what CPython 3.14.0 prints",
      "    python: pm1 is pm2: True",
      "    yours:  pm1 is pm2: true",
    ]);
  });

  it("is waiting while CPython has not answered", () => {
    expect(parityRow(ran(allGreen, pending))).toBe(
      `  · 4. ${"parity".padEnd(24)} checking demo() against original.py in CPython…`,
    );
  });

  it("is red when the check could not run, or did not run at all", () => {
    expect(lines(ran(allGreen, parityError)).at(-1)).toBe(
      "The parity check could not run: original.py raised NameError: x",
    );
    expect(lines(ran(allGreen)).at(-1)).toBe("The parity check could not run: not checked");
  });
});

describe("renderOutcome's status", () => {
  const cases: [string, KataOutcome, KataStatus, string | undefined][] = [
    ["type errors", { kind: "type-errors", diagnostics: [] }, "error", undefined],
    ["a timeout", { kind: "timeout", seconds: 1 }, "error", undefined],
    ["a red step", ran([green("one"), red("two")], same), "failing", "two"],
    [
      "a spec that did not load",
      ran(allGreen, same, [{ target: "learner", failure: { message: "x" } }]),
      "error",
      undefined,
    ],
    ["parity same", ran(allGreen, same), "passed", undefined],
    ["parity pending", ran(allGreen, pending), "checking", "parity"],
    ["parity differs", ran(allGreen, differ), "failing", "parity"],
    ["parity not checked", ran(allGreen), "failing", "parity"],
  ];

  it.each(cases)("is the verdict's, for %s", (_, outcome, status, step) => {
    const rendered = renderOutcome(k, outcome, plainUi);
    expect([rendered.status, rendered.step]).toEqual([status, step]);
    expect(rendered.status).toBe(verdictOf(k, outcome).status);
  });
});

describe("renderOutcome in Chinese", () => {
  const zh = { paint: plain, m: zhCN };

  it("takes the kata's and the step's words from the manifest's translation", () => {
    const text = renderOutcome(k, ran([green("one"), red("two")], same), {
      paint: plain,
      m: zhCN,
    }).text;
    expect(text).toContain("k · K 练习");
    expect(text).toContain("第 2/3 步，two：两个调用者");
    // No space after a full-width colon, as Chinese is typeset.
    expect(text).toContain("提示：模糊的提示");
  });

  it("writes nothing after a full-width colon, and keeps expected and actual aligned", () => {
    const failure = renderOutcome(k, stopsAtTwo, zh).text.split("\n");
    expect(failure).toContain("    期望：PrinterManager#1");
    expect(failure).toContain("    实际：PrinterManager#2");
    const parity = renderOutcome(k, ran(allGreen, differ), zh).text.split("\n");
    expect(parity.slice(-2)).toEqual([
      "    Python：pm1 is pm2: True",
      "    你的：  pm1 is pm2: true",
    ]);
  });

  it("shows the failing test's title from the translation", () => {
    const text = renderOutcome(
      k,
      ran([green("one"), red("two", "shares one instance")], same),
      zh,
    ).text.split("\n");
    expect(text).toContain("  ✗ 共用同一个实例");
    expect(text).not.toContain("  ✗ shares one instance");
  });

  it("shows a broken law's Chinese title, and replays it by its English one", () => {
    const message =
      'Property failed after 2 tests\n{ seed: -620679097, path: "1:1:0", endOnFailure: true }\nCounterexample: [9," "]\nShrunk 29 time(s)\nGot error: expected 1 to be 2';
    const text = renderOutcome(
      k,
      ran([red("one", "law: keeps order", { message })], same),
      zh,
    ).text.split("\n");
    expect(text).toContain("  ✗ 性质：保持顺序");
    expect(text).toContain(
      `    重现：FC_SEED=-620679097 FC_PATH="1:1:0" FC_TEST='one > law: keeps order' npx kata test k`,
    );
  });

  it("keeps the English title of a test the translation does not name", () => {
    const text = renderOutcome(k, ran([red("one", "law: stays whole")], same), zh).text;
    expect(text).toContain("  ✗ law: stays whole");
  });

  it("names the test that was still running at the time limit by its Chinese title", () => {
    const running = { target: "learner", step: "one", name: "law: keeps order" };
    const text = renderOutcome(k, { kind: "timeout", seconds: 3, running }, zh).text;
    expect(text).toContain("仍在运行：one › 性质：保持顺序");
  });
});
