// Mistake: an optional strategy with a silent default. A context built without one, or whose
// strategy was lost (undefined from JSON or a JavaScript caller), quietly drives by car instead
// of failing, and the caller never learns that its choice was ignored.
import { type Plan, type TravelStrategy, type Trip, travelStrategies } from "../strategy.ts";

export type { Leg, Mode, Plan, Preference, Ranking, TravelStrategy, Trip } from "../strategy.ts";
export { demo, describePlan, rankings, rankPlans, travelStrategies } from "../strategy.ts";

export class TravelContext {
  strategy: TravelStrategy;

  constructor(strategy?: TravelStrategy) {
    this.strategy = strategy ?? travelStrategies.car;
  }

  travel(trip: Trip): Plan {
    return (this.strategy ?? travelStrategies.car).travel(trip);
  }
}
