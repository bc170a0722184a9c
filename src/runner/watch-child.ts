// A warm test runner for watch mode: one vitest instance that stays up and re-runs the kata's
// spec on every save (vitest's own watcher follows the spec's imports into the learner's file).
// The parent times each run from "start" to "end" and kills this process if learner code hangs.
import { watch } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createVitest } from "vitest/node";
import type { KataOutcome } from "../kata/outcome.ts";
import { transcriptParity } from "../parity/transcript.ts";
import { reportOf } from "./run-specs.ts";
import { projectFor, type Target } from "./targets.ts";

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

const vitest = await createVitest(
  "test",
  {
    root,
    config: false,
    watch: true,
    // A worker thread starts faster than a forked process on every re-run; a hang is still
    // stopped from outside, with the whole runner process.
    pool: "threads",
    standalone: request.standalone,
    reporters: [
      {
        onTestRunStart: () => {
          send({ type: "start" });
        },
        async onTestRunEnd(modules, errors) {
          // A save during the run is queued by vitest's watcher for the run after this one; a
          // verdict on code that is no longer in the file would mislead (a parse error of a line
          // already fixed), so it is never shown.
          if (vitest.watcher.changedTests.size > 0) {
            send({ type: "superseded" });
            return;
          }
          const report = reportOf(root, modules, errors);
          const green =
            report.loadErrors.length === 0 &&
            report.tests.length > 0 &&
            report.tests.every((t) => t.state === "passed");
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
      },
    ],
  },
  {
    logLevel: "silent",
    test: { projects: [projectFor(root, request.target, request.testTimeout)] },
  },
);
if (request.standalone) {
  // After a hang, wait for the next save: `start()` would run the tests (and the hang) again at
  // once, whatever the `standalone` option says. A fresh vitest knows no module graph yet, so
  // it would rerun only for an edit of the spec: the first save of the learner's file starts
  // the run here, and vitest's own watcher follows from then on.
  await vitest.standalone();
  const folder = dirname(resolve(root, request.module));
  const watcher = watch(folder, () => {
    watcher.close();
    void vitest.globTestSpecifications().then((specs) => vitest.rerunTestSpecifications(specs));
  });
} else await vitest.start();
