// Observer kata: port the magazine Publisher from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test observer`. Replace each `throw` below with your code.

/** A function that receives one event's payload. */
export type Listener<T> = (payload: T) => void;

/** A new issue of the magazine. */
export type Issue = { readonly number: number; readonly title: string };

/** The magazine's events and the payload each one carries. */
export type MagazineEvents = {
  issue: Issue;
  "price-change": { readonly old: number; readonly new: number };
};

export class Publisher<Events extends Record<string, unknown>> {
  // TODO step 1 (subscribe-emit): hold a Set of listeners per event.

  subscribe<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    // TODO step 1 (subscribe-emit): add the listener; step 2 (unsubscribe): return a remover.
    throw new Error("TODO step 1 (subscribe-emit): implement Publisher.subscribe");
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    // TODO step 1 (subscribe-emit); step 3 (safe-emit): snapshot, and collect errors.
    throw new Error("TODO step 1 (subscribe-emit): implement Publisher.emit");
  }

  listenerCount(event: keyof Events): number {
    // TODO step 1 (subscribe-emit)
    throw new Error("TODO step 1 (subscribe-emit): implement Publisher.listenerCount");
  }
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
