// A runner child started ahead of its run (`--spare`, by the daemon's `spareChildren`): Node, tsx
// and vitest are loaded while nobody waits, and the run's request arrives over IPC. One request,
// one run, then the process exits as a cold child does, so no module of a learner's is ever
// reused from an earlier run.

/** What the daemon sends a spare: the request, and the environment of the client it runs for. */
export interface SpareMessage<Request> {
  readonly request: Request;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The variable that names the daemon to a spare, so it knows whether its parent is still there. */
export const SPARE_PARENT = "KATA_SPARE_PARENT";

/** Waits for the request of a spare, and takes on the client's environment for the run. */
export async function spareRequest<Request>(): Promise<Request> {
  // The daemon may have gone while this process was loading, before any listener was here to
  // hear it: compare with the pid it was started by, not with whoever is the parent now.
  const parent = Number(process.env[SPARE_PARENT] ?? process.ppid);
  // (bin/spare-lifeline.js, preloaded, ends this process's group whenever the daemon goes.)
  if (process.ppid !== parent || !process.connected) process.exit(0);
  const message = await new Promise<SpareMessage<Request>>((done) => {
    process.once("message", (m: SpareMessage<Request>) => done(m));
    process.send?.({ spare: "ready" });
  });
  adoptEnv(message.env);
  return message.request;
}

/** Makes this process's environment the client's, for the run about to start. */
export function adoptEnv(env: Readonly<Record<string, string | undefined>>): void {
  for (const name of Object.keys(process.env)) {
    if (!(name in env)) delete process.env[name];
  }
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) process.env[name] = value;
  }
}
