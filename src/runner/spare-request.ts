// A runner child started ahead of its run (`--spare`, by the daemon's `spareChildren`): Node, tsx
// and vitest are loaded while nobody waits, and the run's request arrives over IPC. One request,
// one run, then the process exits as a cold child does, so no module of a learner's is ever
// reused from an earlier run.
import { Worker } from "node:worker_threads";

/** What the daemon sends a spare: the request, and the environment of the client it runs for. */
export interface SpareMessage<Request> {
  readonly request: Request;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// A thread of its own, since learner code can block the main thread for good: when the process
// that started this one is gone (the daemon was killed, with its process group or alone), end
// this process's own group, the vitest workers where learner code runs included.
const LIFELINE = `
const { workerData } = require("node:worker_threads");
setInterval(() => {
  if (process.ppid === workerData) return;
  try { process.kill(process.platform === "win32" ? process.pid : -process.pid, "SIGKILL"); }
  catch { process.kill(process.pid, "SIGKILL"); }
}, 500);
`;

/** Waits for the request of a spare, and takes on the client's environment for the run. */
export async function spareRequest<Request>(): Promise<Request> {
  new Worker(LIFELINE, { eval: true, workerData: process.ppid }).unref();
  const message = await new Promise<SpareMessage<Request>>((done) => {
    process.once("message", (m: SpareMessage<Request>) => done(m));
    process.send?.({ spare: "ready" });
  });
  for (const name of Object.keys(process.env)) {
    if (!(name in message.env)) delete process.env[name];
  }
  for (const [name, value] of Object.entries(message.env)) {
    if (value !== undefined) process.env[name] = value;
  }
  return message.request;
}
