// The `kata test` daemon's warm vitest (src/runner/warm-specs.ts): one vitest instance that runs a
// kata's spec on request, as often as asked, in worker threads that are new for every run. No
// learner code runs in this process itself: the module check and demo() run in one-off runner
// children. Before each run, vitest's cached transforms of the kata files are dropped, so a run
// reads them as saved, even a save made a millisecond before the request.
import type { TestModule, Vitest } from "vitest/node";
import type { RunReport } from "../kata/report.ts";
import { reportOf } from "./run-specs.ts";
import { adoptEnv } from "./spare-request.ts";
import type { Target } from "./targets.ts";
import { forgetKataModules, warmVitest } from "./warm-vitest.ts";

/** The daemon's request: run these targets' specs with the client's environment. */
export interface WarmRequest {
  readonly root: string;
  readonly targets: readonly Target[];
  readonly testTimeout: number;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type WarmMessage =
  | { readonly type: "ready" }
  /** The tests are running: learner code from here on. */
  | { readonly type: "start" }
  | { readonly type: "end"; readonly report: RunReport };

const send = (message: WarmMessage) => process.send?.(message);
// When the daemon ends, however it ends, this process ends with it.
process.on("disconnect", () => process.exit(0));

/** Where the reporter hands the current run's report. */
let onEnd = (_report: RunReport) => {};
let current: { readonly key: string; readonly vitest: Vitest } | undefined;

/** The vitest for these targets: the one kept, or a new one (the previous closed). */
async function vitestFor(request: WarmRequest): Promise<Vitest> {
  const key = JSON.stringify([request.root, request.targets, request.testTimeout]);
  if (current?.key === key) return current.vitest;
  await current?.vitest.close();
  const { root } = request;
  const vitest = await warmVitest(root, request.targets, request.testTimeout, {
    onTestRunStart: () => void send({ type: "start" }),
    onTestRunEnd: (modules: readonly TestModule[], errors) =>
      onEnd(reportOf(root, modules, errors)),
  });
  await vitest.standalone();
  current = { key, vitest };
  return vitest;
}

process.on("message", async (request: WarmRequest) => {
  adoptEnv(request.env);
  const vitest = await vitestFor(request);
  const report = new Promise<RunReport>((done) => {
    onEnd = done;
  });
  forgetKataModules(vitest, request.root);
  await vitest.runTestSpecifications(await vitest.globTestSpecifications());
  send({ type: "end", report: await report });
});
send({ type: "ready" });
