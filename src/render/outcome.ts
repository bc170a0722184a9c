import { match } from "ts-pattern";
import { kataTitle, stepWords, testTitle } from "../i18n/kata-words.ts";
import type { Kata } from "../kata/catalog.ts";
import { explainDiagnostics, tipFor } from "../kata/diagnostics.ts";
import type { KataOutcome, TypeDiagnostic } from "../kata/outcome.ts";
import type { Failure } from "../kata/report.ts";
import {
  type KataStatus,
  PARITY_STEP,
  type StepResult,
  stepResults,
  verdictOf,
} from "../kata/verdict.ts";
import { lineDiff } from "./line-diff.ts";
import { parsePropertyFailure } from "./property-failure.ts";
import { labelled, type Ui } from "./ui.ts";

const indent = (text: string, pad: string) =>
  text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");

/** Long output is cut, with a note, so one huge value cannot flood the terminal. */
function clip(text: string, max = 1200): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}\n… (${text.length - max} more characters cut)`;
}

/** A word for a POSIX shell, quoted: `'it'\''s'`. */
const shellQuote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * vitest's bare "expected 600 to be 700 // Object.is equality" says no more than the expected
 * and actual lines below it (and says it in English): it is left out. A message with a name
 * in front ("real reads: expected 0 to be 1") stays, as it says which quantity is wrong.
 */
const saysOnlyExpectedAndActual = ({ message, expected, actual }: Failure): boolean =>
  expected !== undefined &&
  actual !== undefined &&
  /^expected .* to (be|equal|deeply equal|strictly equal) .*$/.test(message) &&
  !message.includes("\n");

function renderFailure(
  failure: Failure,
  id: string,
  ui: Ui,
  where: Where,
  testName?: string,
): string {
  const { paint, m } = ui;
  const lines: string[] = [];
  const property = parsePropertyFailure(failure.message);
  if (property) {
    const cause = failure.message
      .split("\n")
      .slice(1)
      .find((l) => !/^\{ seed|^Counterexample|^Shrunk|^Hint|^$/.test(l));
    lines.push(
      labelled(
        m.test.lawBrokenBy,
        `${clip(property.counterexample, 400)}${paint.dim(m.test.shrunk(property.shrinks))}`,
      ),
    );
    if (cause) lines.push(clip(cause, 600));
  } else if (!saysOnlyExpectedAndActual(failure)) {
    lines.push(clip(failure.message.split("\n").slice(0, 6).join("\n")));
  }
  const { expected, actual } = failure;
  if (expected?.includes("\n") && actual?.includes("\n")) {
    // A transcript or a long text: only what differs, marked, never two whole values.
    lines.push(paint.dim(m.test.diffLegend), lineDiff(expected, actual, paint, m.test.unchanged));
  } else if (expected !== undefined || actual !== undefined) {
    // Text that differs only in spaces at its ends (" 0" and "0") would print as two equal
    // lines: then both are quoted, as Python's repr would show them.
    const quoted = [expected, actual].some((v) => v === "" || /^\s|\s$/.test(v ?? "x"));
    const shown = (v: string | undefined) =>
      clip(quoted ? JSON.stringify(v ?? "") : (v ?? ""), 500);
    lines.push(labelled(m.test.expected, shown(expected), paint.green));
    lines.push(labelled(m.test.actual, shown(actual), paint.red));
  }
  if (failure.at) {
    const [file = failure.at, line] = failure.at.split(":");
    lines.push(
      paint.dim(m.test.at(paint.link(file, line === undefined ? undefined : Number(line)))),
    );
  }
  if (property && nextMoves(where, ui, id).replay) {
    lines.push(
      paint.dim(
        labelled(
          m.test.replay,
          [
            `FC_SEED=${property.seed}`,
            `FC_PATH="${property.path}"`,
            // fc.commands rebuilds its sequence from its own path, printed in the counterexample.
            ...(property.replayPath ? [`FC_REPLAY_PATH="${property.replayPath}"`] : []),
            ...(testName === undefined ? [] : [`FC_TEST=${shellQuote(testName)}`]),
            `npx kata test ${id}`,
          ].join(" "),
        ),
      ),
    );
  }
  return lines.join("\n");
}

/** A list of diagnostics, ten at most, each a link to its place. */
function listed(diagnostics: readonly TypeDiagnostic[], { paint, m }: Ui): string[] {
  return [
    ...diagnostics
      .slice(0, 10)
      .map(
        (d) =>
          `  ${paint.bold(paint.link(d.file, d.line, d.column))} ${d.message} ${paint.dim(d.code)}`,
      ),
    ...(diagnostics.length > 10 ? [paint.dim(`  ${m.test.andMore(diagnostics.length - 10)}`)] : []),
  ];
}

/** What TypeScript found, in the order to fix it: syntax, then missing exports, then types. */
function renderDiagnostics(kata: Kata, diagnostics: readonly TypeDiagnostic[], ui: Ui): string[] {
  const { paint, m } = ui;
  const { syntax, missingExports, types } = explainDiagnostics(kata, diagnostics);
  if (syntax.length > 0)
    return [paint.red(m.test.syntaxErrors(syntax.length)), ...listed(syntax, ui)];
  const lines: string[] = [];
  if (missingExports.length > 0) {
    lines.push(
      paint.red(m.test.missingExports(kata.files.stub, missingExports.join(", "))),
      m.test.missingAdvice(kata.id),
    );
  }
  if (types.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(paint.red(m.test.typeErrors(types.length)), ...listed(types, ui));
    const tips = [...new Set(types.slice(0, 10).flatMap((d) => tipFor(d) ?? []))];
    for (const code of tips) lines.push(labelled(m.test.tip, m.test.tips[code], paint.yellow));
  }
  return lines;
}

/** Where the learner reads the verdict, which decides what it tells them to do next. */
export type Where = "cli" | "watch" | "playground";

/** What to do next, in the terms of where the learner is: a command, a key or a button. */
const nextMoves = (where: Where, { m }: Ui, id: string) =>
  match(where)
    .with("cli", () => ({ hints: m.test.moreHints(id), time: m.test.moreTime(id), replay: true }))
    .with("watch", () => ({ hints: m.watch.moreHints, time: m.watch.moreTime(id), replay: true }))
    // No shell in a browser tab: no command to replay a law with.
    .with("playground", () => ({
      hints: m.playground.moreHints,
      time: m.playground.moreTime(id),
      replay: false,
    }))
    .exhaustive();

/** The width of the step-id column: 24, or more when an id is longer. */
const stepColumn = (steps: readonly StepResult[]) =>
  Math.max(24, ...steps.map((s) => s.id.length + 1));

/** One row per step: green, the one that broke (✗), or not reached yet (·). */
function stepTable(
  steps: readonly StepResult[],
  brokenId: string | undefined,
  { paint, m }: Ui,
  hung = false,
): string[] {
  return steps.map((s, i) => {
    const failing = s.tests.filter((t) => t.state !== "passed").length;
    const mark = s.passed ? paint.green("✓") : s.id === brokenId ? paint.red("✗") : paint.dim("·");
    const count = s.passed
      ? m.test.tests(s.tests.length)
      : hung && s.id === brokenId
        ? m.test.hung
        : s.tests.length === 0 && hung
          ? m.test.notReached
          : m.test.failing(failing, s.tests.length);
    return `  ${mark} ${i + 1}. ${s.id.padEnd(stepColumn(steps))} ${paint.dim(count)}`;
  });
}

export interface Rendered {
  readonly text: string;
  readonly status: KataStatus;
  /** The first step that is not green, when there is one. */
  readonly step?: string;
}

/** The learner's view of one `kata test` run (pure): what is green, what broke first, and a hint. */
export function renderOutcome(
  kata: Kata,
  outcome: KataOutcome,
  ui: Ui,
  revealed: Readonly<Record<string, number>> = {},
  where: Where = "cli",
): Rendered {
  const { paint, m } = ui;
  const id = kata.id;
  const head = `${paint.bold(id)} ${paint.dim("·")} ${kataTitle(kata.manifest, m.locale)}`;
  const error = (...lines: string[]): Rendered => ({
    status: "error",
    text: [head, "", ...lines].join("\n"),
  });
  return match(outcome)
    .with({ kind: "type-errors" }, ({ diagnostics }) =>
      error(...renderDiagnostics(kata, diagnostics, ui)),
    )
    .with({ kind: "load-error" }, ({ file, message }) =>
      error(
        paint.red(m.test.doesNotLoad(file)),
        indent(clip(message.split("\n").slice(0, 8).join("\n")), "  "),
        "",
        m.test.loadAdvice,
      ),
    )
    .with({ kind: "missing-exports" }, ({ file, missing }) =>
      error(paint.red(m.test.missingExports(file, missing.join(", "))), m.test.missingAdvice(id)),
    )
    .with({ kind: "timeout" }, ({ seconds, running, tests = [] }) => {
      // The steps as far as the run got: the step that hung is the one marked.
      const table =
        tests.length > 0 || running
          ? [...stepTable(stepResults(kata, tests), running?.step, ui, true), ""]
          : [];
      return error(
        ...table,
        paint.red(m.test.timeout(seconds)),
        ...(running
          ? [m.test.stillRunning(running.step, testTitle(kata.manifest, running.name, m.locale))]
          : []),
        m.test.timeoutAdvice,
        paint.dim(nextMoves(where, ui, id).time),
      );
    })
    .with({ kind: "tests" }, (tests) => renderTests(kata, tests, ui, revealed, head, where))
    .exhaustive();
}

function renderTests(
  kata: Kata,
  outcome: Extract<KataOutcome, { kind: "tests" }>,
  ui: Ui,
  revealed: Readonly<Record<string, number>>,
  head: string,
  where: Where,
): Rendered {
  const { paint, m } = ui;
  const { report, parity } = outcome;
  // The status is decided once, in the kata model; this function only shows it.
  const verdict = verdictOf(kata, outcome);
  const { steps, status } = verdict;
  const broken = steps.find((s) => !s.passed);
  const lines = [head, "", ...stepTable(steps, broken?.id, ui)];
  for (const { failure } of report.loadErrors) {
    lines.push(
      "",
      paint.red(m.test.specCouldNotRun),
      indent(renderFailure(failure, kata.id, ui, where), "  "),
    );
  }
  const rendered = (): Rendered => ({
    status,
    ...(verdict.step ? { step: verdict.step } : {}),
    text: lines.join("\n"),
  });
  if (status === "error") return rendered();
  if (!broken) {
    // The last step: the port prints what the Python prints, measured in CPython.
    const n = steps.length + 1;
    const row = (mark: string, note: string) =>
      `  ${mark} ${n}. ${PARITY_STEP.padEnd(stepColumn(steps))} ${paint.dim(note)}`;
    const checked = parity ?? { kind: "error" as const, message: "not checked" };
    if (checked.kind === "pending") {
      lines.push(row(paint.dim("·"), m.test.parityChecking));
    } else if (checked.kind === "same") {
      lines.push(row(paint.green("✓"), m.test.parityOk(checked.python)));
      lines.push("", paint.green(m.test.allGreen(steps.length)));
      // Watch mode says what to press next below the verdict.
      if (where === "cli") lines.push(m.test.compareNext(kata.id));
    } else {
      lines.push(row(paint.red("✗"), m.test.parityPending), "");
      if (checked.kind === "differ") {
        lines.push(
          paint.bold(m.test.parityDiffers(n, checked.line, checked.python)),
          `    ${labelled(m.test.python, checked.expected, paint.green)}`,
          `    ${labelled(m.test.yours, checked.actual, paint.red)}`,
        );
      } else lines.push(paint.red(m.test.parityError(checked.message)));
    }
    return rendered();
  }
  const number = steps.indexOf(broken) + 1;
  const step = kata.manifest.steps[number - 1];
  const words = step
    ? stepWords(kata.manifest, step, m.locale)
    : { title: broken.title, hints: [] };
  lines.push("", paint.bold(m.test.step(number, steps.length, broken.id, words.title)));
  const test = broken.tests.find((t) => t.state !== "passed");
  if (test) {
    lines.push(`  ${paint.red("✗")} ${testTitle(kata.manifest, test.name, m.locale)}`);
    const failure = test.failures[0];
    // The replay names the test as vitest does, in English, whatever the learner reads.
    const which = `${test.step} > ${test.name}`;
    if (failure) lines.push(indent(renderFailure(failure, kata.id, ui, where, which), "    "));
  } else {
    lines.push(`  ${m.test.noTestInStep}`);
  }
  // The latest hint the learner asked for on this step, or the first, vaguest one.
  const hint =
    words.hints[Math.max(0, Math.min((revealed[broken.id] ?? 1) - 1, words.hints.length - 1))];
  if (hint)
    lines.push(
      "",
      labelled(m.test.hint, hint, paint.yellow),
      paint.dim(nextMoves(where, ui, kata.id).hints),
    );
  return rendered();
}
