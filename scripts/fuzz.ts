// Long differential runs against CPython: `npm run fuzz -- --runs 100000 [--seed 42]`.
// It runs the parity project's generated tests with PARITY_RUNS cases each, and no time limit.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "100000" }, seed: { type: "string" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs <= 0) {
  console.error(`--runs takes a whole number above 0, not "${values.runs}"`);
  process.exit(2);
}
const started = performance.now();
// vitest's own entry on this Node: no shell, and the same on Windows.
const vitest = join("node_modules", "vitest", "vitest.mjs");
const args = [vitest, "run", "--config", "config/vitest.maintainers.ts", "--project", "parity"];
const run = spawnSync(process.execPath, args, {
  stdio: "inherit",
  env: {
    ...process.env,
    PARITY_RUNS: String(runs),
    PARITY_TIMEOUT: String(24 * 3600 * 1000),
    ...(values.seed === undefined ? {} : { FC_SEED: values.seed }),
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `\nfuzz: ${runs} generated cases per formatting kata, ${seconds} s, exit ${run.status}`,
);
process.exit(run.status ?? 1);
