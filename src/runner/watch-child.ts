// A warm test runner for watch mode: one vitest instance that stays up and runs the kata's spec
// again on every save. It watches katas/ itself rather than through vitest's watcher, which
// waits a fixed 100 ms after a change before it runs (a third of a save's whole verdict); every
// run first drops vitest's cached transforms of the kata files, so it reads them as saved.
// The parent times each run from "start" to "end" and kills this process if learner code hangs.
import { watch } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KataOutcome } from "../kata/outcome.ts";
import { greenIn } from "../kata/report.ts";
import { transcriptParity } from "../parity/transcript.ts";
import { reportOf } from "./run-specs.ts";
import type { Target } from "./targets.ts";
import { forgetKataModules, warmVitest } from "./warm-vitest.ts";

export interface WatchRequest {
  readonly root: string;
  readonly target: Target;
  readonly module: string;
  readonly python: string;
  readonly testTimeout: number;
  /** After a hang, start without running: the next save runs the tests. */
  readonly standalone: boolean;
}

export type WatchMessage =
  | { readonly type: "start" }
  /** Tests done; CPython is loading (the tools' time, not the learner's). */
  | { readonly type: "parity" }
  /** The learner saved again during the run: its result is dropped, the next run follows. */
  | { readonly type: "superseded" }
  | { readonly type: "end"; readonly outcome: KataOutcome };

const send = (message: WatchMessage) => process.send?.(message);
// When `kata watch` ends, however it ends, this runner ends with it.
process.on("disconnect", () => process.exit(0));
const request = JSON.parse(process.argv[2] ?? "{}") as WatchRequest;
const { root } = request;

// An editor's save can be several writes (truncate, write, rename): a run starts once they
// have stopped for this long.
const SETTLE_MS = 15;
const katas = join(root, "katas");

/** Whether a change during a run makes its verdict stale: a run is queued after it. */
let changedDuringRun = false;

// No vitest watcher: this process decides when to run (below).
const vitest = await warmVitest(root, [request.target], request.testTimeout, {
  onTestRunStart: () => {
    send({ type: "start" });
  },
  async onTestRunEnd(modules, errors) {
    // A verdict on code that is no longer in the file would mislead (a parse error of a
    // line already fixed), so it is never shown; the run queued after this one follows.
    if (changedDuringRun) {
      send({ type: "superseded" });
      return;
    }
    const report = reportOf(root, modules, errors);
    const green = greenIn(report, request.target.name);
    // A fresh URL each time: demo() must come from the file as it is now, not as first imported.
    const module = `${pathToFileURL(resolve(root, request.module)).href}?run=${Date.now()}`;
    if (!green) {
      send({ type: "end", outcome: { kind: "tests", report } });
      return;
    }
    send({ type: "end", outcome: { kind: "tests", report, parity: { kind: "pending" } } });
    send({ type: "parity" });
    const parity = await transcriptParity(root, request.python, module);
    send({ type: "end", outcome: { kind: "tests", report, parity } });
  },
});
await vitest.standalone();
const specs = await vitest.globTestSpecifications();

let running = false;
let queued = false;
/** Runs the spec, then again as long as files changed while it ran. */
async function run(): Promise<void> {
  if (running) {
    queued = changedDuringRun = true;
    return;
  }
  running = true;
  do {
    queued = changedDuringRun = false;
    forgetKataModules(vitest, root);
    await vitest.runTestSpecifications(specs);
  } while (queued);
  running = false;
}

let settle: NodeJS.Timeout | undefined;
watch(katas, { recursive: true }, (_event, name) => {
  // Some platforms give no name: then any change may be a save of the kata.
  if (name && !name.endsWith(".ts")) return;
  if (running) changedDuringRun = queued = true;
  clearTimeout(settle);
  settle = setTimeout(() => void run(), SETTLE_MS);
});
// After a hang, wait for the next save rather than run the hang again.
if (!request.standalone) await run();
