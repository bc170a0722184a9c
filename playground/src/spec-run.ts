import type { KataOutcome } from "../../src/kata/outcome.ts";
import { traced } from "../../src/runner/trace.ts";
import type { TraceLine } from "../../src/testing/trace-setup.ts";
import type { DemoLines, SpecMessage, SpecRequest } from "./spec/protocol.ts";
import SpecWorker from "./spec/worker.ts?worker";

export interface SpecRun {
  readonly outcome: KataOutcome;
  readonly demo?: DemoLines;
}

/** The CLI's default limit, in seconds, for each phase of a run that runs learner code. */
export const TIME_LIMIT = 10;

/**
 * Runs specs in Web Workers, one per run, with the next one started ahead so that its bundle
 * has loaded when Run is pressed. A worker that passes the time limit is terminated, as the CLI
 * stops its child: `{ kind: "timeout" }`, with the test that was running from its trace.
 */
export class SpecRunner {
  #spare: Worker = new SpecWorker();
  #stop: (() => void) | undefined;

  run(request: SpecRequest, seconds = TIME_LIMIT): Promise<SpecRun | undefined> {
    this.#stop?.();
    const worker = this.#spare;
    return new Promise<SpecRun | undefined>((done) => {
      const trace: TraceLine[] = [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      const end = (run: SpecRun | undefined) => {
        clearTimeout(timer);
        worker.terminate();
        this.#stop = undefined;
        this.#spare = new SpecWorker();
        done(run);
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const where = traced(trace.map((l) => JSON.stringify(l)).join("\n"), request.kata);
          end({ outcome: { kind: "timeout", seconds, ...where } });
        }, seconds * 1000);
      };
      // A newer run replaces this one: its verdict is no longer wanted.
      this.#stop = () => end(undefined);
      worker.onmessage = ({ data }: MessageEvent<SpecMessage>) => {
        if ("phase" in data) arm();
        else if ("trace" in data) trace.push(data.trace);
        else end({ outcome: data.outcome, ...(data.demo ? { demo: data.demo } : {}) });
      };
      worker.onerror = (event) =>
        end({
          outcome: {
            kind: "load-error",
            file: request.file,
            message: event.message || "the test run crashed",
          },
        });
      arm();
      worker.postMessage(request);
    });
  }
}
