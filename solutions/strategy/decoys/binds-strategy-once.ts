// Mistake: the context grabs the strategy's method once, in the constructor. Assigning a new
// `strategy` later changes the field but not the behaviour, so the run-time swap, the whole
// point of the pattern, silently does nothing.
import type { Plan, TravelStrategy, Trip } from "../strategy.ts";

export type { Leg, Mode, Plan, Preference, Ranking, TravelStrategy, Trip } from "../strategy.ts";
export { demo, describePlan, rankings, rankPlans, travelStrategies } from "../strategy.ts";

export class TravelContext {
  strategy: TravelStrategy;
  readonly #travel: (trip: Trip) => Plan;

  constructor(strategy: TravelStrategy) {
    this.strategy = strategy;
    this.#travel = strategy.travel.bind(strategy);
  }

  travel(trip: Trip): Plan {
    return this.#travel(trip);
  }
}
