/** A function that receives one event's payload: `const log: Listener<Issue> = (issue) => {}`. */
export type Listener<T> = (payload: T) => void;

/** A new issue of the magazine: `{ number: 1, title: "Patterns in Python" }`. */
export type Issue = { readonly number: number; readonly title: string };

/** The magazine's events and the payload each one carries: `publisher.emit("issue", issue)`. */
export type MagazineEvents = {
  issue: Issue;
  "price-change": { readonly old: number; readonly new: number };
};

/**
 * Tells subscribers about events, each event with its own payload type:
 * `new Publisher<MagazineEvents>().subscribe("issue", (issue) => issue.title)`.
 * Python keys a dict by any string and accepts any payload; here the event map is a type, so
 * a misspelt event or a payload of the wrong shape is a compile error.
 */
export class Publisher<Events extends Record<string, unknown>> {
  // A Set keeps insertion order and holds each listener once; removing one is O(1) and never
  // touches another listener, unlike `splice(indexOf(x), 1)` on an array.
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Adds a listener and returns the function that removes it: `const stop = p.subscribe("issue", f); stop();`. */
  subscribe<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const listeners = this.#listenersOf(event);
    listeners.add(listener);
    let subscribed = true;
    return () => {
      // Works once, so a stale second call cannot remove the same listener subscribed again later.
      if (!subscribed) return;
      subscribed = false;
      listeners.delete(listener);
    };
  }

  /**
   * Calls every listener of `event` with `payload`, in subscription order:
   * `p.emit("issue", { number: 1, title: "Patterns" })`. All listeners run even when some
   * throw; the errors are then thrown together as one `AggregateError` (Python: `ExceptionGroup`).
   */
  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const errors: unknown[] = [];
    // A snapshot: listeners that subscribe or unsubscribe during this emit do not change it.
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

  /** How many listeners `event` has: `p.listenerCount("issue") // 0`. */
  listenerCount(event: keyof Events): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  #listenersOf<K extends keyof Events>(event: K): Set<Listener<Events[K]>> {
    let listeners = this.#listeners.get(event);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(event, listeners);
    }
    // A Map cannot tie each key to its own value type; subscribe() only ever stores listeners
    // of Events[K] under K, so the set for K holds exactly those.
    return listeners as Set<Listener<Events[K]>>;
  }
}

/** The lines `original.py` prints, in order: `demo()[0] // "alice: New magazine issue is out! ..."`. */
export function demo(): string[] {
  const lines: string[] = [];
  const publisher = new Publisher<MagazineEvents>();
  // Python's Reader class becomes a function that makes a listener: no base class needed,
  // any function with the right parameter type is a listener.
  const reader =
    (name: string): Listener<Issue> =>
    (issue) => {
      lines.push(`${name}: New magazine issue is out! #${issue.number} ${issue.title}`);
    };

  const stopAlice = publisher.subscribe("issue", reader("alice"));
  publisher.subscribe("issue", reader("bob"));
  publisher.subscribe("price-change", (change) => {
    lines.push(`price: ${change.old} -> ${change.new} dollars`);
  });
  publisher.emit("issue", { number: 1, title: "Patterns in Python" });

  stopAlice();
  stopAlice();
  publisher.emit("issue", { number: 2, title: "Ports to TypeScript" });
  publisher.emit("price-change", { old: 5, new: 6 });

  const stopTrial = publisher.subscribe("issue", (issue) => {
    lines.push(`trial: read #${issue.number}, cancelling`);
    stopTrial();
  });
  const stopMailbox = publisher.subscribe("issue", () => {
    throw new Error("mailbox full");
  });
  publisher.subscribe("issue", reader("carol"));
  try {
    publisher.emit("issue", { number: 3, title: "Observers that fail" });
  } catch (error) {
    if (!(error instanceof AggregateError)) throw error;
    const messages = error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e)));
    lines.push(`${error.message}: ${messages.join(", ")}`);
  }
  stopMailbox();
  publisher.emit("issue", { number: 4, title: "Back to normal" });
  return lines;
}
