/** The parts of a fast-check failure a learner needs: the shrunk input and how to replay it. */
export interface PropertyFailure {
  readonly seed: string;
  readonly path: string;
  readonly counterexample: string;
  readonly shrinks: number;
  /** For a model-based law, the path `fc.commands` rebuilds its commands from. */
  readonly replayPath?: string;
}

/** Reads fast-check's failure message; `undefined` when the message is not one. */
export function parsePropertyFailure(message: string): PropertyFailure | undefined {
  const seed = /seed: (-?\d+)/.exec(message)?.[1];
  const path = /path: "([^"]*)"/.exec(message)?.[1];
  const counterexample = /Counterexample: (.*)/.exec(message)?.[1];
  if (seed === undefined || path === undefined || counterexample === undefined) return undefined;
  const shrinks = Number(/Shrunk (\d+) time/.exec(message)?.[1] ?? 0);
  const replayPath = /replayPath="([^"]*)"/.exec(counterexample)?.[1];
  return { seed, path, counterexample, shrinks, ...(replayPath ? { replayPath } : {}) };
}
