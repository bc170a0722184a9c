import { match } from "ts-pattern";
import type { Kata } from "../catalog/catalog.ts";
import type { TranscriptParity } from "../parity/transcript.ts";
import type { KataOutcome } from "../runner/outcome.ts";
import type { Failure, TestOutcome } from "../runner/report.ts";
import type { Paint } from "./paint.ts";
import { parsePropertyFailure } from "./property-failure.ts";

export type KataStatus = "passed" | "failing" | "error";

export interface StepResult {
  readonly id: string;
  readonly title: string;
  readonly tests: readonly TestOutcome[];
  readonly passed: boolean;
}

/** Groups test outcomes by the manifest's steps, in the manifest's order. */
export function stepResults(kata: Kata, tests: readonly TestOutcome[]): StepResult[] {
  return kata.manifest.steps.map((step) => {
    const own = tests.filter((t) => t.step === step.id);
    return {
      ...step,
      tests: own,
      passed: own.length > 0 && own.every((t) => t.state === "passed"),
    };
  });
}

const indent = (text: string, pad: string) =>
  text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");

function clip(text: string, max = 1200): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}\n… (${text.length - max} more characters cut)`;
}

function renderFailure(failure: Failure, id: string, paint: Paint): string {
  const lines: string[] = [];
  const property = parsePropertyFailure(failure.message);
  if (property) {
    const cause = failure.message
      .split("\n")
      .slice(1)
      .find((l) => !/^\{ seed|^Counterexample|^Shrunk|^Hint|^$/.test(l));
    lines.push(
      `law broken by: ${clip(property.counterexample, 400)} ${paint.dim(`(shrunk ${property.shrinks} times)`)}`,
    );
    if (cause) lines.push(clip(cause, 600));
  } else {
    lines.push(clip(failure.message.split("\n").slice(0, 6).join("\n")));
  }
  if (failure.expected !== undefined || failure.actual !== undefined) {
    lines.push(`${paint.green("expected:")} ${clip(failure.expected ?? "", 500)}`);
    lines.push(`${paint.red("actual:  ")} ${clip(failure.actual ?? "", 500)}`);
  }
  if (failure.at) lines.push(paint.dim(`at ${failure.at}`));
  if (property) {
    lines.push(
      paint.dim(`replay: FC_SEED=${property.seed} FC_PATH="${property.path}" npx kata test ${id}`),
    );
  }
  return lines.join("\n");
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
  paint: Paint,
  revealed: Readonly<Record<string, number>> = {},
): Rendered {
  const id = kata.id;
  const head = `${paint.bold(id)} ${paint.dim("·")} ${kata.manifest.title}`;
  return match(outcome)
    .with({ kind: "type-errors" }, ({ diagnostics }) => ({
      status: "error" as const,
      text: [
        head,
        "",
        paint.red(
          `TypeScript found ${diagnostics.length} type error(s); fix them before the tests run:`,
        ),
        ...diagnostics
          .slice(0, 10)
          .map(
            (d) =>
              `  ${paint.bold(`${d.file}:${d.line}:${d.column}`)} ${d.message} ${paint.dim(d.code)}`,
          ),
        ...(diagnostics.length > 10 ? [paint.dim(`  … and ${diagnostics.length - 10} more`)] : []),
      ].join("\n"),
    }))
    .with({ kind: "load-error" }, ({ file, message }) => ({
      status: "error" as const,
      text: [
        head,
        "",
        paint.red(`${file} does not load:`),
        indent(clip(message.split("\n").slice(0, 8).join("\n")), "  "),
        "",
        "Fix the syntax error or the code that throws at the top level of the file, then run the tests again.",
      ].join("\n"),
    }))
    .with({ kind: "missing-exports" }, ({ file, missing }) => ({
      status: "error" as const,
      text: [
        head,
        "",
        paint.red(`${file} does not export ${missing.join(", ")}.`),
        `The spec imports ${missing.length === 1 ? "it" : "them"}; keep every \`export\` the stub had (\`npx kata reset ${id}\` restores the stub, after a backup).`,
      ].join("\n"),
    }))
    .with({ kind: "timeout" }, ({ seconds }) => ({
      status: "error" as const,
      text: [
        head,
        "",
        paint.red(`The tests did not finish within ${seconds} s, so they were stopped.`),
        "Look for a loop that never ends or a promise that never settles. Your files were not changed.",
        paint.dim(`More time: npx kata test ${id} --timeout <seconds>`),
      ].join("\n"),
    }))
    .with({ kind: "tests" }, ({ report, parity }) =>
      renderTests(kata, report, paint, revealed, head, parity),
    )
    .exhaustive();
}

function renderTests(
  kata: Kata,
  report: Extract<KataOutcome, { kind: "tests" }>["report"],
  paint: Paint,
  revealed: Readonly<Record<string, number>>,
  head: string,
  parity: TranscriptParity | undefined,
): Rendered {
  const steps = stepResults(kata, report.tests);
  const broken = steps.find((s) => !s.passed);
  const lines = [head, ""];
  steps.forEach((s, i) => {
    const failing = s.tests.filter((t) => t.state !== "passed").length;
    const mark = s.passed ? paint.green("✓") : s === broken ? paint.red("✗") : paint.dim("·");
    const count = s.passed
      ? paint.dim(`${s.tests.length} tests`)
      : paint.dim(`${failing} of ${s.tests.length} failing`);
    lines.push(`  ${mark} ${i + 1}. ${s.id.padEnd(24)} ${count}`);
  });
  for (const { failure } of report.loadErrors) {
    lines.push(
      "",
      paint.red("The spec could not run:"),
      indent(renderFailure(failure, kata.id, paint), "  "),
    );
  }
  if (!broken && report.loadErrors.length === 0) {
    // The last step: the port prints what the Python prints, measured in CPython.
    const n = steps.length + 1;
    const verdict = parity ?? { kind: "error" as const, message: "not checked" };
    if (verdict.kind === "same") {
      lines.push(
        `  ${paint.green("✓")} ${n}. ${"parity".padEnd(24)} ${paint.dim(`demo() = original.py in CPython ${verdict.python}`)}`,
      );
      lines.push(
        "",
        paint.green(
          `All ${steps.length} steps are green, and the port prints what the Python prints.`,
        ),
      );
      lines.push(`Compare with the reference: npx kata compare ${kata.id}`);
      return { status: "passed", text: lines.join("\n") };
    }
    lines.push(
      `  ${paint.red("✗")} ${n}. ${"parity".padEnd(24)} ${paint.dim("demo() against original.py in CPython")}`,
      "",
    );
    if (verdict.kind === "differ") {
      lines.push(
        paint.bold(
          `Step ${n}, parity: line ${verdict.line} of demo() differs from what CPython ${verdict.python} prints`,
        ),
        `    ${paint.green("python:")} ${verdict.expected}`,
        `    ${paint.red("yours: ")} ${verdict.actual}`,
      );
    } else lines.push(paint.red(`The parity check could not run: ${verdict.message}`));
    return { status: "failing", step: "parity", text: lines.join("\n") };
  }
  if (broken) {
    const number = steps.indexOf(broken) + 1;
    const test = broken.tests.find((t) => t.state !== "passed");
    lines.push("", paint.bold(`Step ${number} of ${steps.length}, ${broken.id}: ${broken.title}`));
    if (test) {
      lines.push(`  ${paint.red("✗")} ${test.name}`);
      const failure = test.failures[0];
      if (failure) lines.push(indent(renderFailure(failure, kata.id, paint), "    "));
    } else {
      lines.push("  The spec has no test for this step in the run.");
    }
    // The latest hint the learner asked for on this step, or the first, vaguest one.
    const hints = kata.manifest.steps[number - 1]?.hints ?? [];
    const hint = hints[Math.max(0, Math.min((revealed[broken.id] ?? 1) - 1, hints.length - 1))];
    if (hint)
      lines.push(
        "",
        `${paint.yellow("Hint:")} ${hint}`,
        paint.dim(`More: npx kata hint ${kata.id}`),
      );
    return { status: "failing", step: broken.id, text: lines.join("\n") };
  }
  return { status: "error", text: lines.join("\n") };
}
