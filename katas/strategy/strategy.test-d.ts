import { expectTypeOf } from "vitest";
import {
  type Mode,
  type Plan,
  type Preference,
  type Ranking,
  rankings,
  rankPlans,
  TravelContext,
  type TravelStrategy,
  type Trip,
  travelStrategies,
} from "#kata/strategy";

// The registries have exactly one entry per Mode and per Preference (`satisfies Record<...>`),
// and keep their literal keys.
expectTypeOf<keyof typeof travelStrategies>().toEqualTypeOf<Mode>();
expectTypeOf<keyof typeof rankings>().toEqualTypeOf<Preference>();
expectTypeOf(travelStrategies.car).toExtend<TravelStrategy>();
expectTypeOf(rankings.cheapest).toExtend<Ranking>();

// @ts-expect-error: there is no bus strategy; an unknown mode is a compile error, not undefined.
travelStrategies.bus.travel([{ from: "A", to: "B", km: 1 }]);

// @ts-expect-error: a trip has at least one leg, so an empty trip does not compile.
travelStrategies.car.travel([]);

// @ts-expect-error: a context needs a strategy; there is no silent default.
new TravelContext();

const context = new TravelContext(travelStrategies.car);
expectTypeOf(context.travel).returns.toEqualTypeOf<Plan>();

// Any object of the right shape is a strategy: no base class needed.
context.strategy = { travel: (trip: Trip) => travelStrategies.train.travel(trip) };

// @ts-expect-error: a ranking compares two plans; it is not a travel strategy.
context.strategy = rankings.fastest;

declare const plans: readonly Plan[];
expectTypeOf(rankPlans(plans, rankings.fastest)).toEqualTypeOf<Plan[]>();

// @ts-expect-error: a readonly array has no in-place sort; that is what toSorted() is for.
plans.sort(rankings.fastest);

declare const plan: Plan;
// @ts-expect-error: plans are read-only.
plan.minutes = 0;
