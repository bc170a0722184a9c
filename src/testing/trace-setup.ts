import { appendFileSync } from "node:fs";
import { beforeEach } from "vitest";
import { taskTitles, testPlace } from "./test-place.ts";

// Learner code can block the worker's event loop for good (`while (true) {}`), and then
// nothing the worker would report later ever arrives. So each test's start and end are written
// down synchronously, as they happen, in the file KATA_TRACE names (when it does): a run the
// CLI stops at the time limit can still say which test hung and which had passed.
const trace = process.env.KATA_TRACE;

/** One line of the trace: a test started, or ended with a state. */
export interface TraceLine {
  readonly step: string;
  readonly name: string;
  readonly state?: "passed" | "failed" | "skipped";
}

interface Task {
  readonly name: string;
  readonly type: string;
  readonly suite?: Task;
  readonly result?: { readonly state?: string };
}

if (trace) {
  const write = (line: TraceLine) => appendFileSync(trace, `${JSON.stringify(line)}\n`);
  beforeEach(({ task, onTestFinished }) => {
    const test = task as unknown as Task;
    const place = testPlace(taskTitles(test));
    write(place);
    onTestFinished(() => {
      const state = test.result?.state;
      write({
        ...place,
        state: state === "pass" ? "passed" : state === "fail" ? "failed" : "skipped",
      });
    });
  });
}
