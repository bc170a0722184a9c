import { expectTypeOf } from "vitest";
import { type Issue, type Listener, type MagazineEvents, Publisher } from "#kata/observer";

const publisher = new Publisher<MagazineEvents>();

// Each event's listener receives that event's payload type, with no annotation needed.
publisher.subscribe("issue", (issue) => {
  expectTypeOf(issue).toEqualTypeOf<Issue>();
});
publisher.subscribe("price-change", (change) => {
  expectTypeOf(change).toEqualTypeOf<{ readonly old: number; readonly new: number }>();
});

// subscribe returns the function that unsubscribes.
expectTypeOf(publisher.subscribe("issue", () => {})).toEqualTypeOf<() => void>();
expectTypeOf(publisher.emit<"issue">).parameters.toEqualTypeOf<[event: "issue", payload: Issue]>();

// @ts-expect-error: "isue" is not an event of MagazineEvents; Python would accept any string.
publisher.subscribe("isue", () => {});

// @ts-expect-error: the payload of "issue" needs a title; Python would fail only in a listener.
publisher.emit("issue", { number: 1 });

// @ts-expect-error: a "price-change" payload is not an Issue.
publisher.emit("issue", { old: 5, new: 6 });

// @ts-expect-error: a listener of issues cannot be subscribed to price changes.
publisher.subscribe("price-change", (issue: Issue) => issue.title);

publisher.subscribe("issue", (issue) => {
  // @ts-expect-error: payloads are read-only, so a listener cannot change what the next one sees.
  issue.number = 2;
});

// @ts-expect-error: there is no such event to count.
publisher.listenerCount("sale");

// A listener that accepts a wider payload is fine: parameters are checked contravariantly.
const anything: Listener<unknown> = () => {};
publisher.subscribe("issue", anything);
