// Mistake: listeners in an array, removed with `splice(indexOf(listener), 1)`. Once the listener
// is gone, indexOf returns -1 and splice(-1, 1) removes the LAST listener instead, so calling an
// unsubscribe function twice silently unsubscribes somebody else.
import type { Listener } from "../observer.ts";

export type { Issue, Listener, MagazineEvents } from "../observer.ts";
export { demo } from "../observer.ts";

export class Publisher<Events extends Record<string, unknown>> {
  readonly #listeners = new Map<keyof Events, Listener<never>[]>();

  subscribe<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const listeners = this.#listenersOf(event);
    if (!listeners.includes(listener)) listeners.push(listener);
    return () => {
      listeners.splice(listeners.indexOf(listener), 1);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const errors: unknown[] = [];
    for (const listener of [...this.#listenersOf(event)]) {
      try {
        listener(payload);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) {
      throw new AggregateError(errors, `${errors.length} listener(s) failed on ${String(event)}`);
    }
  }

  listenerCount(event: keyof Events): number {
    return this.#listeners.get(event)?.length ?? 0;
  }

  #listenersOf<K extends keyof Events>(event: K): Listener<Events[K]>[] {
    let listeners = this.#listeners.get(event);
    if (listeners === undefined) {
      listeners = [];
      this.#listeners.set(event, listeners);
    }
    return listeners as Listener<Events[K]>[];
  }
}
