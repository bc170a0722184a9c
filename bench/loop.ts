// `npm run bench:loop`: how long the learner waits. Each figure is the median of LOOP_RUNS runs
// (5 by default) on a throwaway copy of the working tree; prints Markdown and writes
// bench/loop-results.md. LOOP_NPM_TEST=1 also times `npm test` end to end (minutes).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Command, timeCommand } from "./internal/command-time.ts";
import { cpuInRoot, daemonListening, stopDaemon } from "./internal/daemon.ts";
import { describeMachine } from "./internal/machine.ts";
import { median } from "./internal/measure.ts";
import { sandbox } from "./internal/sandbox.ts";
import { watchSaves } from "./internal/watch-driver.ts";

const RUNS = Number(process.env.LOOP_RUNS ?? 5);
// After a call the daemon answered, its next spare runner loads; its CPU is counted up to here.
const SETTLE_MS = 2500;
const SAVES = Number(process.env.LOOP_SAVES ?? 10);
const KATA = "singleton";
const repo = join(import.meta.dirname, "..");
const machine = describeMachine();

/** A command, and what to do before and after each of its runs (untimed). */
interface Timed extends Command {
  readonly before?: () => Promise<void>;
  readonly after?: () => Promise<void>;
  /** Add the CPU of the daemon (no child of the command, so GNU time does not see it). */
  readonly daemonCpu?: boolean;
}

const kata = ["kata", "test", KATA];
// Without the daemon: a new CLI process, tsc and runner child each time (the path before it).
const kataTest: Timed = {
  label: `npx kata test ${KATA}, no daemon (KATA_DAEMON=0)`,
  file: "npx",
  args: kata,
  env: { KATA_DAEMON: "0" },
};
// The very first call: no daemon runs yet; it runs by itself and starts one as it ends.
const kataFirst: Timed = {
  label: `npx kata test ${KATA}, first call (no daemon yet: starts one)`,
  file: "npx",
  args: kata,
  env: { KATA_DAEMON: "1" },
  before: () => stopDaemon(box.root),
  // The daemon it started is stopped again (once it listens), so as not to weigh on the others.
  after: async () => {
    await daemonListening(box.root);
    await stopDaemon(box.root);
  },
};
// Answered by a daemon that has answered before (its tsc --watch and a spare runner are up).
const kataWarm: Timed = {
  label: `npx kata test ${KATA}, daemon warm`,
  file: "npx",
  args: kata,
  env: { KATA_DAEMON: "1" },
  before: async () => {
    if (!(await daemonListening(box.root, 0))) {
      await timeCommand(box.root, kataWarm);
      await daemonListening(box.root);
      await timeCommand(box.root, kataWarm);
    }
    // Its spare runner loads after each answer: a learner reads the verdict meanwhile.
    await sleep(SETTLE_MS);
  },
  daemonCpu: true,
};
// The same, without npx: for a package's own bin, npm 11's `npx` first loads the whole installed
// tree (libnpmexec's self-execution path), which costs more than the client itself.
const kataWarmNode: Timed = {
  ...kataWarm,
  label: `node bin/kata.js test ${KATA}, daemon warm`,
  file: "node",
  args: ["bin/kata.js", "test", KATA],
};
const kataColdNode: Timed = {
  ...kataTest,
  label: `node bin/kata.js test ${KATA}, no daemon (KATA_DAEMON=0)`,
  file: "node",
  args: ["bin/kata.js", "test", KATA],
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
async function timeAll(state: string, commands: readonly Timed[], runs = RUNS): Promise<void> {
  const times = new Map<Command, number[]>(commands.map((c) => [c, []]));
  const cpus = new Map<Command, number[]>(commands.map((c) => [c, []]));
  const codes = new Map<Command, number>();
  for (let run = -1; run < runs; run++) {
    for (const command of commands) {
      process.stderr.write(
        `  ${state}: ${command.label} (${run < 0 ? "warm-up" : `run ${run + 1}`})\n`,
      );
      await command.before?.();
      const daemonBefore = cpuInRoot(box.root);
      const { ms: elapsed, cpuMs, code } = await timeCommand(box.root, command);
      let daemonMs = 0;
      if (command.daemonCpu) {
        await sleep(SETTLE_MS);
        daemonMs = cpuInRoot(box.root) - daemonBefore;
      }
      await command.after?.();
      codes.set(command, code);
      if (run >= 0) times.get(command)?.push(elapsed);
      if (run >= 0 && cpuMs !== undefined) cpus.get(command)?.push(cpuMs + daemonMs);
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
    await timeAll(RED, [kataTest, kataColdNode, kataFirst, kataWarm, kataWarmNode, vitest, tsc]);
    writeFileSync(stubFile, solved);
    await timeAll(GREEN, [kataTest, kataWarm, kataWarmNode, vitest]);
    await stopDaemon(box.root);
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
  const cold = at(RED, kataTest);
  const first = at(RED, kataFirst);
  const warm = at(RED, kataWarm);
  const warmNode = at(RED, kataWarmNode);
  const coldNode = at(RED, kataColdNode);
  const bare = at(RED, vitest);
  const green = at(GREEN, kataWarm);
  const greenCold = at(GREEN, kataTest);
  if (!cold || !first || !warm || !warmNode || !coldNode || !bare || !green || !greenCold) {
    return [];
  }
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : "—");
  const seconds = (a: number) => `${(a / 1000).toFixed(2)} s`;
  return [
    "| target | measured |",
    "|---|---|",
    `| \`kata test\` on the stub, daemon warm, ≤ 1.2× bare vitest, wall | ${ratio(warm.wall, bare.wall)} |`,
    `| \`kata test\` on the stub, daemon warm, ≤ 1.2× bare vitest, CPU (client + daemon) | ${ratio(warm.cpu, bare.cpu)} |`,
    `| the same through \`node bin/kata.js\` (no npx), wall / CPU | ${ratio(warmNode.wall, bare.wall)} / ${ratio(warmNode.cpu, bare.cpu)} |`,
    `| what npx adds to \`kata test\` (no daemon), wall / CPU | ${seconds(cold.wall - coldNode.wall)} / ${seconds(cold.cpu - coldNode.cpu)} |`,
    `| the first call (starts the daemon) no slower than no daemon, wall | ${seconds(first.wall - cold.wall)} |`,
    `| no daemon (KATA_DAEMON=0) ÷ bare vitest, wall / CPU | ${ratio(cold.wall, bare.wall)} / ${ratio(cold.cpu, bare.cpu)} |`,
    `| a green run ≤ 0.5 s slower than a red one, daemon warm | ${seconds(green.wall - warm.wall)} |`,
    `| a green run ≤ 0.5 s slower than a red one, no daemon | ${seconds(greenCold.wall - cold.wall)} |`,
  ];
}

const markdown = [
  "# Learner-loop figures",
  "",
  `Written by \`npm run bench:loop\` (bench/loop.ts) on ${new Date().toISOString().slice(0, 10)}.`,
  "",
  `Machine: ${machine}.`,
  "",
  "Each command runs as a new process in a throwaway copy of the working tree, round-robin " +
    "with the others after one untimed warm-up run; the median and the range are over the timed " +
    "runs. `kata test` runs three ways: without the daemon, as the first call (no daemon yet; " +
    "it starts one as it ends, stopped again before the next command), and answered by a warm " +
    "daemon, whose CPU (its own, its tsc, its runners, up to 2.5 s after the answer, when its " +
    "next spare runner has loaded) is added to the client's. Watch mode runs under a pseudo-terminal (`script -qfc`); a save is a write of the kata " +
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
