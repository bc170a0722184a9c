// Replaying one broken law of a model-based spec needs one more piece than a seed and a path:
// `fc.commands` rebuilds the failing sequence of commands from its own `replayPath`, which
// fast-check prints inside the counterexample (`/*replayPath="9:B"*/`). `kata test` prints it as
// FC_REPLAY_PATH in the replay command; fast-check-setup.ts says which test is being replayed.

let replaying = false;

/** Marks whether the test about to run is the one FC_TEST names (called by fast-check-setup.ts). */
export function setReplaying(chosen: boolean): void {
  replaying = chosen;
}

/**
 * Options for `fc.commands` that replay the printed failure when this test is the one being
 * replayed, and nothing otherwise: `fc.commands(list, { ...commandsReplay(), maxCommands: 40 })`.
 */
export function commandsReplay(): { replayPath?: string } {
  const replayPath = process.env.FC_REPLAY_PATH;
  return replaying && replayPath ? { replayPath } : {};
}
