// `npm run bench:loop`: how long the learner waits. Each figure is the median of LOOP_RUNS runs
// (5 by default) on a throwaway copy of the working tree; prints Markdown and writes
// bench/loop-results.md. LOOP_NPM_TEST=1 also times `npm test` end to end (minutes).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Command, timeCommand } from "./internal/command-time.ts";
import { describeMachine } from "./internal/machine.ts";
import { median } from "./internal/measure.ts";
import { sandbox } from "./internal/sandbox.ts";
import { watchSaves } from "./internal/watch-driver.ts";

const RUNS = Number(process.env.LOOP_RUNS ?? 5);
const SAVES = Number(process.env.LOOP_SAVES ?? 10);
const KATA = "singleton";
const repo = join(import.meta.dirname, "..");
const machine = describeMachine();

const kataTest: Command = {
  label: `npx kata test ${KATA}`,
  file: "npx",
  args: ["kata", "test", KATA],
};
const vitest: Command = {
  label: `npx vitest run --project katas katas/${KATA}`,
  file: "npx",
  args: ["vitest", "run", "--project", "katas", `katas/${KATA}`],
};
const tsc: Command = {
  label: "tsc -p tsconfig.json (the whole repository; kata test checks one kata, beside its tests)",
  file: "node",
  args: ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json", "--pretty", "false"],
};
const npmTest: Command = { label: "npm test", file: "npm", args: ["test"] };

const box = sandbox(repo);
// Interrupted, the loop still removes its copy and whatever runs in it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    box.remove();
    process.exit(130);
  });
}
const stubFile = join(box.root, "katas", KATA, `${KATA}.ts`);
const stub = readFileSync(stubFile, "utf8");
const solved = readFileSync(join(box.root, "solutions", KATA, `${KATA}.ts`), "utf8");
const rows: string[] = [];
const ms = (values: readonly number[]) => `${(median(values) / 1000).toFixed(2)} s`;
const spread = (values: readonly number[]) =>
  `${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} s`;

const RED = "stub (fails step 1)";
const GREEN = "solved (+ parity with CPython's transcript)";
const medians = new Map<string, { wall: number; cpu: number }>();

/** Times the commands round-robin, RUNS times, after one untimed warm-up run of each. */
async function timeAll(state: string, commands: readonly Command[], runs = RUNS): Promise<void> {
  const times = new Map<Command, number[]>(commands.map((c) => [c, []]));
  const cpus = new Map<Command, number[]>(commands.map((c) => [c, []]));
  const codes = new Map<Command, number>();
  for (let run = -1; run < runs; run++) {
    for (const command of commands) {
      process.stderr.write(
        `  ${state}: ${command.label} (${run < 0 ? "warm-up" : `run ${run + 1}`})\n`,
      );
      const { ms: elapsed, cpuMs, code } = await timeCommand(box.root, command);
      codes.set(command, code);
      if (run >= 0) times.get(command)?.push(elapsed);
      if (run >= 0 && cpuMs !== undefined) cpus.get(command)?.push(cpuMs);
    }
  }
  for (const command of commands) {
    const t = times.get(command) ?? [];
    const c = cpus.get(command) ?? [];
    medians.set(`${state}|${command.label}`, { wall: median(t), cpu: median(c) });
    rows.push(
      `| ${state} | \`${command.label}\` | **${ms(t)}** | ${spread(t)} | ${c.length > 0 ? ms(c) : "—"} | ${t.length} | ${codes.get(command)} |`,
    );
  }
}

try {
  if (RUNS > 0) {
    writeFileSync(stubFile, stub);
    await timeAll(RED, [kataTest, vitest, tsc]);
    writeFileSync(stubFile, solved);
    await timeAll(GREEN, [kataTest, vitest]);
    if (process.env.LOOP_NPM_TEST === "1") await timeAll("solved", [npmTest], Math.min(RUNS, 3));
  }

  writeFileSync(stubFile, stub);
  process.stderr.write(`  kata watch ${KATA}: ${SAVES} saves, alternately solved and stub\n`);
  const watch = await watchSaves(
    box.root,
    KATA,
    stubFile,
    {
      stub: { content: (i) => `${stub}\n// save ${i}\n`, marker: "TODO step 1" },
      solved: {
        content: (i) => `${solved}\n// save ${i}\n`,
        marker: "Kata passed.",
        early: "checking demo() against original.py",
      },
    },
    "stub",
    SAVES,
  );
  rows.push(
    `| stub | \`kata watch ${KATA}\`: start → first verdict | **${(watch.firstVerdictMs / 1000).toFixed(2)} s** | — | 1 | — |`,
  );
  const green = watch.saves.filter((s) => s.version === "solved");
  const red = watch.saves.filter((s) => s.version === "stub").map((s) => s.ms);
  const early = green.flatMap((s) => (s.earlyMs === undefined ? [] : [s.earlyMs]));
  const row = (state: string, label: string, t: readonly number[]) => {
    if (t.length > 0) {
      rows.push(
        `| ${state} | \`kata watch ${KATA}\`: ${label} | **${ms(t)}** | ${spread(t)} | ${t.length} | — |`,
      );
    }
  };
  row("stub", "save → verdict (fails step 1)", red);
  row("solved", "save → tests green (CPython transcript still checking)", early);
  row(
    "solved",
    "save → verdict (passes, transcript checked in CPython)",
    green.map((s) => s.ms),
  );
} catch (error) {
  // Keep what was measured; say what failed.
  rows.push(
    `| — | failed: ${error instanceof Error ? error.message : String(error)} | — | — | — | — |`,
  );
  process.exitCode = 1;
} finally {
  box.remove();
}

/** The learner-loop targets (docs/performance.md), as ratios and differences measured in this run. */
function targets(): string[] {
  const at = (state: string, c: Command) => medians.get(`${state}|${c.label}`);
  const kata = at(RED, kataTest);
  const bare = at(RED, vitest);
  const green = at(GREEN, kataTest);
  if (!kata || !bare || !green) return [];
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : "—");
  return [
    "| target | measured |",
    "|---|---|",
    `| cold \`kata test\` on the stub ≤ 1.2× bare vitest, wall | ${ratio(kata.wall, bare.wall)} |`,
    `| cold \`kata test\` on the stub ≤ 1.2× bare vitest, CPU | ${ratio(kata.cpu, bare.cpu)} |`,
    `| a green run ≤ 0.5 s slower than a red one | ${((green.wall - kata.wall) / 1000).toFixed(2)} s |`,
  ];
}

const markdown = [
  "# Learner-loop figures",
  "",
  `Written by \`npm run bench:loop\` (bench/loop.ts) on ${new Date().toISOString().slice(0, 10)}.`,
  "",
  `Machine: ${machine}.`,
  "",
  "Each command runs cold (a new process) in a throwaway copy of the working tree, round-robin " +
    "with the others after one untimed warm-up run; the median and the range are over the timed " +
    "runs. Watch mode runs under a pseudo-terminal (`script -qfc`); a save is a write of the kata " +
    "file, and the verdict is the moment the result screen reaches the terminal.",
  "",
  "| state | command | median wall | range | median CPU | runs | exit code |",
  "|---|---|---|---|---|---|---|",
  ...rows,
  "",
  ...targets(),
  "",
].join("\n");
process.stdout.write(markdown);
writeFileSync(join(import.meta.dirname, "loop-results.md"), markdown);
