import { appendFileSync } from "node:fs";
import { beforeEach } from "vitest";

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

/** The top-level describe a test belongs to: its step. */
function stepOf(task: Task): string {
  let step = "";
  // The outermost describe is the step (the file is not in the chain).
  for (let suite = task.suite; suite; suite = suite.suite) step = suite.name;
  return step;
}

if (trace) {
  const write = (line: TraceLine) => appendFileSync(trace, `${JSON.stringify(line)}\n`);
  beforeEach(({ task, onTestFinished }) => {
    const test = task as unknown as Task;
    write({ step: stepOf(test), name: test.name });
    onTestFinished(() => {
      const state = test.result?.state;
      write({
        step: stepOf(test),
        name: test.name,
        state: state === "pass" ? "passed" : state === "fail" ? "failed" : "skipped",
      });
    });
  });
}
