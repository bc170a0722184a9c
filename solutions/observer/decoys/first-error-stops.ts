// Mistake: emit calls the listeners without catching anything, so the first listener that
// throws stops the emit and every listener after it never hears of the event.
import type { Listener } from "../observer.ts";

export type { Issue, Listener, MagazineEvents } from "../observer.ts";
export { demo } from "../observer.ts";

export class Publisher<Events extends Record<string, unknown>> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();

  subscribe<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const listeners = this.#listenersOf(event);
    listeners.add(listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      listeners.delete(listener);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of [...this.#listenersOf(event)]) listener(payload);
  }

  listenerCount(event: keyof Events): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  #listenersOf<K extends keyof Events>(event: K): Set<Listener<Events[K]>> {
    let listeners = this.#listeners.get(event);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(event, listeners);
    }
    return listeners as Set<Listener<Events[K]>>;
  }
}
