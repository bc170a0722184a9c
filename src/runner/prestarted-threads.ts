import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { PoolRunnerInitializer } from "vitest/node";

type PoolOptions = Parameters<PoolRunnerInitializer["createPoolWorker"]>[0];
type PoolWorker = ReturnType<PoolRunnerInitializer["createPoolWorker"]>;

/**
 * Vitest's `threads` pool, except that the thread for the next run has started, and loaded
 * vitest's runtime, before that run is asked for: a warm vitest (watch mode, the daemon) starts
 * every run in a new thread, and starting one is a third of a save's verdict. A spare thread has
 * run no test and no learner code, so each run still begins from nothing, as in `threads`.
 */
export function prestartedThreads(): PoolRunnerInitializer {
  let spare:
    | { readonly key: string; readonly thread: Worker; readonly drop: () => void }
    | undefined;
  const keyOf = (o: PoolOptions) => JSON.stringify([o.distPath, o.execArgv, o.env]);
  const startThread = (o: PoolOptions) =>
    new Worker(resolve(o.distPath, "workers/threads.js"), {
      env: o.env,
      execArgv: o.execArgv,
      // When it started, for a test to tell a spare thread from one started on demand.
      workerData: { startedAt: Date.now() },
      stdout: true,
      stderr: true,
    });
  const takeThread = (o: PoolOptions): Worker => {
    const ready = spare?.key === keyOf(o) ? spare : undefined;
    if (spare && !ready) void spare.thread.terminate();
    spare = undefined;
    if (!ready) return startThread(o);
    ready.thread.off("error", ready.drop).off("exit", ready.drop).ref();
    return ready.thread;
  };
  const startSpare = (o: PoolOptions) => {
    if (spare) return;
    const thread = startThread(o);
    // A spare that fails to start is dropped here, not thrown at whoever runs next.
    const drop = () => {
      if (spare?.thread === thread) spare = undefined;
    };
    thread.on("error", drop).on("exit", drop);
    // Nor does it keep the process alive when vitest closes.
    thread.unref();
    spare = { key: keyOf(o), thread, drop };
  };

  return {
    name: "prestarted-threads",
    createPoolWorker(options): PoolWorker {
      let thread: Worker | undefined;
      const { outputStream, errorStream } = options.project.vitest.logger;
      const current = () => {
        if (!thread) throw new Error("the test thread is not started");
        return thread;
      };
      return {
        name: "prestarted-threads",
        on: (event, callback) => current().on(event, callback),
        off: (event, callback) => current().off(event, callback),
        send: (message) => current().postMessage(message),
        deserialize: (data) => data,
        async start() {
          thread ??= takeThread(options);
          thread.stdout.pipe(outputStream);
          thread.stderr.pipe(errorStream);
        },
        async stop() {
          const ending = current();
          thread = undefined;
          ending.stdout.unpipe(outputStream);
          ending.stderr.unpipe(errorStream);
          await ending.terminate();
          startSpare(options);
        },
      };
    },
  };
}
