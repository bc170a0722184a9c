import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo, type Issue, type Listener, type MagazineEvents, Publisher } from "#kata/observer";
import { commandsReplay } from "../../src/testing/replay.ts";

const issue = (number: number, title = `Issue ${number}`): Issue => ({ number, title });

/** A publisher plus a log that the listeners made by `listener(name)` write into. */
function setup() {
  const publisher = new Publisher<MagazineEvents>();
  const log: string[] = [];
  const listener =
    (name: string): Listener<Issue> =>
    (payload) => {
      log.push(`${name} got #${payload.number}`);
    };
  return { publisher, log, listener };
}

/** Runs `emit` and returns the AggregateError it throws, failing with a plain message otherwise. */
function aggregateThrownBy(emit: () => void): AggregateError {
  try {
    emit();
  } catch (error) {
    if (error instanceof AggregateError) return error;
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`expected emit to throw an AggregateError, but it threw ${name}`);
  }
  throw new Error("expected emit to throw an AggregateError, but it returned normally");
}

// Model-based tests. The model keeps the listener slots of each event in subscription order, and
// a `used` flag per unsubscribe function. Slot 4's listener throws after logging. With meddling
// on, a meddler subscribed first to both events unsubscribes and subscribes during an emit.
type EventName = keyof MagazineEvents;
type Delivery = readonly [slot: number, payload: unknown];
type Target = readonly [event: EventName, slot: number];
type Meddle = {
  readonly unsubscribe?: number | undefined;
  readonly subscribe?: Target | undefined;
};
type Model = {
  order: Record<EventName, number[]>;
  handles: { event: EventName; slot: number; used: boolean }[];
};
type Real = {
  publisher: Publisher<MagazineEvents>;
  listeners: Listener<unknown>[];
  stops: (() => void)[];
  log: Delivery[];
  meddle: Meddle | undefined;
  meddlers: number;
};
const FAULTY = 4;

function modelSubscribe(model: Model, [event, slot]: Target): void {
  if (!model.order[event].includes(slot)) model.order[event].push(slot);
  model.handles.push({ event, slot, used: false });
}

function modelUnsubscribe(model: Model, pick: number): void {
  const handle = model.handles[pick % model.handles.length];
  if (handle === undefined || handle.used) return;
  handle.used = true;
  model.order[handle.event] = model.order[handle.event].filter((s) => s !== handle.slot);
}

function realSubscribe(real: Real, [event, slot]: Target): void {
  real.stops.push(real.publisher.subscribe(event, real.listeners[slot] ?? (() => {})));
}

function realUnsubscribe(real: Real, pick: number): void {
  real.stops[pick % real.stops.length]?.();
}

class Subscribe implements fc.Command<Model, Real> {
  constructor(readonly target: Target) {}
  check = () => true;
  run(model: Model, real: Real): void {
    modelSubscribe(model, this.target);
    realSubscribe(real, this.target);
  }
  toString = () => `subscribe(${this.target[0]}, l${this.target[1]})`;
}

class Unsubscribe implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.handles.length > 0;
  run(model: Model, real: Real): void {
    modelUnsubscribe(model, this.pick);
    realUnsubscribe(real, this.pick);
  }
  toString = () => `unsubscribe(#${this.pick})`;
}

class Emit implements fc.Command<Model, Real> {
  constructor(
    readonly event: EventName,
    readonly seq: number,
    readonly meddle: Meddle | undefined,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const payload = this.event === "issue" ? issue(this.seq) : { old: this.seq, new: this.seq + 1 };
    const expected = model.order[this.event].map((slot) => [slot, payload]);
    const fails = model.order[this.event].includes(FAULTY);
    // What the meddler changes during this emit counts from the next emit on.
    if (this.meddle?.unsubscribe !== undefined) modelUnsubscribe(model, this.meddle.unsubscribe);
    if (this.meddle?.subscribe !== undefined) modelSubscribe(model, this.meddle.subscribe);
    real.meddle = this.meddle;
    real.log.length = 0;
    const emit = () =>
      "number" in payload
        ? real.publisher.emit("issue", payload)
        : real.publisher.emit("price-change", payload);
    if (fails) {
      const aggregate = aggregateThrownBy(emit);
      expect(aggregate.message, "message of the AggregateError").toBe(
        `1 listener(s) failed on ${this.event}`,
      );
      expect(
        aggregate.errors.map((e: unknown) => (e as Error).message),
        "messages of the errors it holds",
      ).toEqual(["l4 failed"]);
    } else {
      emit();
    }
    expect(real.log, "deliveries [slot, payload] of this emit").toEqual(expected);
    for (const event of ["issue", "price-change"] as const) {
      const count = model.order[event].length + real.meddlers;
      expect(real.publisher.listenerCount(event), `listenerCount("${event}")`).toBe(count);
    }
  }
  toString = () =>
    `emit(${this.event}, ${this.seq}${this.meddle ? `, ${JSON.stringify(this.meddle)}` : ""})`;
}

/** Random runs of subscribe, unsubscribe and emit, checked against the model. */
function modelRuns(options: { slots: number; meddling: boolean }) {
  const event = fc.constantFrom<EventName>("issue", "price-change");
  const target = fc.tuple(event, fc.nat({ max: options.slots - 1 }));
  const meddle: fc.Arbitrary<Meddle | undefined> = options.meddling
    ? fc.option(
        fc.record({
          unsubscribe: fc.option(fc.nat(), { nil: undefined }),
          subscribe: fc.option(target, { nil: undefined }),
        }),
        { nil: undefined },
      )
    : fc.constant(undefined);
  const commands = fc.commands(
    [
      target.map((t) => new Subscribe(t)),
      fc.nat().map((pick) => new Unsubscribe(pick)),
      fc.tuple(event, fc.nat(), meddle).map(([e, seq, m]) => new Emit(e, seq, m)),
    ],
    { ...commandsReplay(), size: "+1" },
  );
  return fc.property(commands, (cmds) => {
    const start = () => {
      const real: Real = {
        publisher: new Publisher<MagazineEvents>(),
        listeners: [],
        stops: [],
        log: [],
        meddle: undefined,
        meddlers: options.meddling ? 1 : 0,
      };
      real.listeners = [0, 1, 2, 3, FAULTY].map((slot) => (payload: unknown) => {
        real.log.push([slot, payload]);
        if (slot === FAULTY) throw new Error(`l${slot} failed`);
      });
      if (options.meddling) {
        const meddler = () => {
          const plan = real.meddle;
          real.meddle = undefined;
          if (plan?.unsubscribe !== undefined) realUnsubscribe(real, plan.unsubscribe);
          if (plan?.subscribe !== undefined) realSubscribe(real, plan.subscribe);
        };
        real.publisher.subscribe("issue", meddler);
        real.publisher.subscribe("price-change", meddler);
      }
      const model: Model = { order: { issue: [], "price-change": [] }, handles: [] };
      return { model, real };
    };
    fc.modelRun(start, cmds);
  });
}

describe("subscribe-emit", () => {
  it("calls every listener of the event with the payload, in subscription order", () => {
    const { publisher, log, listener } = setup();
    publisher.subscribe("issue", listener("alice"));
    publisher.subscribe("issue", listener("bob"));
    publisher.subscribe("issue", listener("carol"));
    publisher.emit("issue", issue(1));
    expect(log).toEqual(["alice got #1", "bob got #1", "carol got #1"]);
  });

  it("passes the very payload object it was given", () => {
    const { publisher } = setup();
    const received: Issue[] = [];
    publisher.subscribe("issue", (payload) => received.push(payload));
    const first = issue(1, "Patterns in Python");
    publisher.emit("issue", first);
    expect(received).toHaveLength(1);
    expect(received[0]).toBe(first);
  });

  it("keeps events apart: a listener hears only the event it subscribed to", () => {
    const { publisher, log, listener } = setup();
    publisher.subscribe("issue", listener("reader"));
    publisher.subscribe("price-change", (change) => {
      log.push(`price ${change.old} -> ${change.new}`);
    });
    publisher.emit("price-change", { old: 5, new: 6 });
    publisher.emit("issue", issue(7));
    expect(log).toEqual(["price 5 -> 6", "reader got #7"]);
  });

  it("does nothing when an event has no listeners", () => {
    const { publisher } = setup();
    expect(() => publisher.emit("issue", issue(1))).not.toThrow();
    expect(publisher.listenerCount("issue")).toBe(0);
  });

  it("counts the listeners per event, and holds each listener once (a Set)", () => {
    const { publisher, log, listener } = setup();
    const alice = listener("alice");
    publisher.subscribe("issue", alice);
    publisher.subscribe("issue", listener("bob"));
    publisher.subscribe("issue", alice);
    expect(publisher.listenerCount("issue")).toBe(2);
    expect(publisher.listenerCount("price-change")).toBe(0);
    publisher.emit("issue", issue(2));
    expect(log).toEqual(["alice got #2", "bob got #2"]);
  });

  it("returns an unsubscribe function", () => {
    const { publisher, listener } = setup();
    expect(publisher.subscribe("issue", listener("alice"))).toBeTypeOf("function");
  });

  it("law: every listener of an event receives each payload once, in subscription order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (n, numbers) => {
          const { publisher, log, listener } = setup();
          for (let i = 0; i < n; i++) publisher.subscribe("issue", listener(`l${i}`));
          for (const number of numbers) publisher.emit("issue", issue(number));
          const expected = numbers.flatMap((number) =>
            Array.from({ length: n }, (_, i) => `l${i} got #${number}`),
          );
          expect(log, "deliveries, in order").toEqual(expected);
          expect(publisher.listenerCount("issue"), 'listenerCount("issue")').toBe(n);
        },
      ),
    );
  });
});

describe("unsubscribe", () => {
  it("stops a listener from hearing later events", () => {
    const { publisher, log, listener } = setup();
    const stopAlice = publisher.subscribe("issue", listener("alice"));
    publisher.subscribe("issue", listener("bob"));
    publisher.emit("issue", issue(1));
    stopAlice();
    publisher.emit("issue", issue(2));
    expect(log).toEqual(["alice got #1", "bob got #1", "bob got #2"]);
    expect(publisher.listenerCount("issue")).toBe(1);
  });

  it("is harmless when called twice: the other listeners stay", () => {
    const { publisher, log, listener } = setup();
    const stopAlice = publisher.subscribe("issue", listener("alice"));
    publisher.subscribe("issue", listener("bob"));
    publisher.subscribe("issue", listener("carol"));
    stopAlice();
    stopAlice();
    publisher.emit("issue", issue(3));
    expect(log).toEqual(["bob got #3", "carol got #3"]);
    expect(publisher.listenerCount("issue")).toBe(2);
  });

  it("works once: a stale call cannot remove the same listener subscribed again", () => {
    const { publisher, log, listener } = setup();
    const alice = listener("alice");
    const first = publisher.subscribe("issue", alice);
    first();
    publisher.subscribe("issue", alice);
    first();
    publisher.emit("issue", issue(4));
    expect(log).toEqual(["alice got #4"]);
  });

  it("removes the listener from its own event only", () => {
    const { publisher } = setup();
    const seen: string[] = [];
    const both = (payload: Issue | MagazineEvents["price-change"]) => {
      seen.push("number" in payload ? `issue ${payload.number}` : `price ${payload.new}`);
    };
    const stopIssue = publisher.subscribe("issue", both);
    publisher.subscribe("price-change", both);
    stopIssue();
    publisher.emit("issue", issue(5));
    publisher.emit("price-change", { old: 5, new: 6 });
    expect(seen).toEqual(["price 6"]);
  });

  it("puts a listener that subscribes again at the end of the order", () => {
    const { publisher, log, listener } = setup();
    const alice = listener("alice");
    const stopAlice = publisher.subscribe("issue", alice);
    publisher.subscribe("issue", listener("bob"));
    stopAlice();
    publisher.subscribe("issue", alice);
    publisher.emit("issue", issue(6));
    expect(log).toEqual(["bob got #6", "alice got #6"]);
  });

  it("law: unsubscribing twice is harmless", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.integer({ min: 2, max: 4 }),
        (n, pick, times) => {
          const { publisher, log, listener } = setup();
          const stops = Array.from({ length: n }, (_, i) =>
            publisher.subscribe("issue", listener(`l${i}`)),
          );
          const gone = pick % n;
          for (let t = 0; t < times; t++) stops[gone]?.();
          publisher.emit("issue", issue(1));
          const expected = Array.from({ length: n }, (_, i) => i)
            .filter((i) => i !== gone)
            .map((i) => `l${i} got #1`);
          expect(log, "deliveries after unsubscribing twice").toEqual(expected);
          expect(publisher.listenerCount("issue"), 'listenerCount("issue")').toBe(n - 1);
        },
      ),
    );
  });

  it("law: every listener receives exactly the events emitted while it was subscribed, in subscription order", () => {
    fc.assert(modelRuns({ slots: 4, meddling: false }));
  });
});

describe("safe-emit", () => {
  it("ignores listeners added during an emit until the next emit", () => {
    const { publisher, log, listener } = setup();
    publisher.subscribe("issue", (payload) => {
      log.push(`recruiter got #${payload.number}`);
      publisher.subscribe("issue", listener(`friend${payload.number}`));
    });
    publisher.emit("issue", issue(1));
    expect(log).toEqual(["recruiter got #1"]);
    publisher.emit("issue", issue(2));
    expect(log).toEqual(["recruiter got #1", "recruiter got #2", "friend1 got #2"]);
  });

  it("still calls, in this emit, a listener removed by an earlier one", () => {
    const { publisher, log, listener } = setup();
    let stopBob = () => {};
    publisher.subscribe("issue", (payload) => {
      log.push(`alice got #${payload.number}`);
      stopBob();
    });
    stopBob = publisher.subscribe("issue", listener("bob"));
    publisher.subscribe("issue", listener("carol"));
    publisher.emit("issue", issue(1));
    publisher.emit("issue", issue(2));
    expect(log).toEqual([
      "alice got #1",
      "bob got #1",
      "carol got #1",
      "alice got #2",
      "carol got #2",
    ]);
  });

  it("lets a listener unsubscribe itself without skipping the next one", () => {
    const { publisher, log, listener } = setup();
    const stopTrial = publisher.subscribe("issue", (payload) => {
      log.push(`trial got #${payload.number}`);
      stopTrial();
    });
    publisher.subscribe("issue", listener("bob"));
    publisher.emit("issue", issue(1));
    publisher.emit("issue", issue(2));
    expect(log).toEqual(["trial got #1", "bob got #1", "bob got #2"]);
  });

  it("runs every listener, then throws the errors together as an AggregateError", () => {
    const { publisher, log, listener } = setup();
    const full = new Error("mailbox full");
    publisher.subscribe("issue", listener("alice"));
    publisher.subscribe("issue", () => {
      throw full;
    });
    publisher.subscribe("issue", listener("bob"));
    publisher.subscribe("issue", () => {
      throw "address unknown";
    });
    publisher.subscribe("issue", listener("carol"));
    const aggregate = aggregateThrownBy(() => publisher.emit("issue", issue(3)));
    expect(log).toEqual(["alice got #3", "bob got #3", "carol got #3"]);
    expect(aggregate.message).toBe("2 listener(s) failed on issue");
    expect(aggregate.errors).toHaveLength(2);
    expect(aggregate.errors[0]).toBe(full);
    expect(aggregate.errors[1]).toBe("address unknown");
  });

  it("wraps even a single error, so callers catch one kind of error", () => {
    const { publisher } = setup();
    const negative = new RangeError("negative price");
    publisher.subscribe("price-change", () => {
      throw negative;
    });
    const aggregate = aggregateThrownBy(() => publisher.emit("price-change", { old: 5, new: -1 }));
    expect(aggregate.message).toBe("1 listener(s) failed on price-change");
    expect(aggregate.errors).toHaveLength(1);
    expect(aggregate.errors[0]).toBe(negative);
  });

  it("law: subscribing or unsubscribing during an emit does not change that emit", () => {
    type Action =
      | { kind: "none" }
      | { kind: "subscribe" }
      | { kind: "unsubscribe"; target: number };
    const action = fc.oneof(
      fc.constant<Action>({ kind: "none" }),
      fc.constant<Action>({ kind: "subscribe" }),
      fc.nat().map((target): Action => ({ kind: "unsubscribe", target })),
    );
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 6 }), (actions) => {
        const { publisher, log, listener } = setup();
        const n = actions.length;
        const stops: (() => void)[] = [];
        let added = 0;
        // Listener i acts only on the first emit, so the second emit shows the result.
        actions.forEach((act, i) => {
          stops.push(
            publisher.subscribe("issue", (payload) => {
              log.push(`l${i} got #${payload.number}`);
              if (payload.number !== 1) return;
              if (act.kind === "subscribe") publisher.subscribe("issue", listener(`new${added++}`));
              if (act.kind === "unsubscribe") stops[act.target % n]?.();
            }),
          );
        });
        publisher.emit("issue", issue(1));
        expect(log, "deliveries of the first emit").toEqual(actions.map((_, i) => `l${i} got #1`));

        const removed = new Set(
          actions.flatMap((act) => (act.kind === "unsubscribe" ? [act.target % n] : [])),
        );
        const newcomers = actions.filter((act) => act.kind === "subscribe").length;
        log.length = 0;
        publisher.emit("issue", issue(2));
        expect(log, "deliveries of the second emit").toEqual([
          ...actions.flatMap((_, i) => (removed.has(i) ? [] : [`l${i} got #2`])),
          ...Array.from({ length: newcomers }, (_, k) => `new${k} got #2`),
        ]);
      }),
    );
  });

  it("law: a throwing listener does not starve the others", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (throws) => {
        const { publisher, log } = setup();
        throws.forEach((fails, i) => {
          publisher.subscribe("issue", (payload) => {
            log.push(`l${i} got #${payload.number}`);
            if (fails) throw new Error(`l${i} failed`);
          });
        });
        const failed = throws.flatMap((fails, i) => (fails ? [`l${i} failed`] : []));
        if (failed.length === 0) {
          publisher.emit("issue", issue(9));
        } else {
          const aggregate = aggregateThrownBy(() => publisher.emit("issue", issue(9)));
          expect(aggregate.message, "message of the AggregateError").toBe(
            `${failed.length} listener(s) failed on issue`,
          );
          expect(
            aggregate.errors.map((e: unknown) => (e as Error).message),
            "messages of the errors it holds",
          ).toEqual(failed);
        }
        expect(log, "deliveries, to throwing listeners too").toEqual(
          throws.map((_, i) => `l${i} got #9`),
        );
      }),
    );
  });
  it("law: whatever listeners do during an emit (subscribe, unsubscribe, throw), it reaches exactly those subscribed when it began", () => {
    fc.assert(modelRuns({ slots: 5, meddling: true }));
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/observer/original.py, line by line.
  const transcript = [
    "alice: New magazine issue is out! #1 Patterns in Python",
    "bob: New magazine issue is out! #1 Patterns in Python",
    "bob: New magazine issue is out! #2 Ports to TypeScript",
    "price: 5 -> 6 dollars",
    "bob: New magazine issue is out! #3 Observers that fail",
    "trial: read #3, cancelling",
    "carol: New magazine issue is out! #3 Observers that fail",
    "1 listener(s) failed on issue: mailbox full",
    "bob: New magazine issue is out! #4 Back to normal",
    "carol: New magazine issue is out! #4 Back to normal",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
