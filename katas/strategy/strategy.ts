// Strategy kata: port the travel strategies from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test strategy`. Replace each `throw` below with your code.

/** The ways to travel. */
export type Mode = "car" | "train" | "plane";

/** One stretch of a trip. */
export type Leg = { readonly from: string; readonly to: string; readonly km: number };

/** A trip has at least one leg. */
export type Trip = readonly [Leg, ...Leg[]];

/** What a strategy makes of a trip. */
export type Plan = {
  readonly mode: Mode;
  readonly route: readonly string[];
  readonly km: number;
  readonly minutes: number;
  readonly dollars: number;
};

/** Turns a trip into a plan. */
export interface TravelStrategy {
  travel(trip: Trip): Plan;
}

export const travelStrategies = {
  car: {
    travel(trip): Plan {
      // TODO step 1 (travel-strategies): 80 km/h, 30-minute break per full 4 h driving, 18 ¢/km.
      throw new Error("TODO step 1 (travel-strategies): implement travelStrategies.car.travel");
    },
  },
  train: {
    travel(trip): Plan {
      // TODO step 1 (travel-strategies): 160 km/h, 20 min per change, 12 ¢/km, at most $60 a leg.
      throw new Error("TODO step 1 (travel-strategies): implement travelStrategies.train.travel");
    },
  },
  plane: {
    travel(trip): Plan {
      // TODO step 1 (travel-strategies): direct flight, 150 min at airports, 750 km/h, $80 + 10 ¢/km.
      throw new Error("TODO step 1 (travel-strategies): implement travelStrategies.plane.travel");
    },
  },
} satisfies Record<Mode, TravelStrategy>;

export class TravelContext {
  strategy: TravelStrategy;

  constructor(strategy: TravelStrategy) {
    // TODO step 2 (context): keep the strategy.
    throw new Error("TODO step 2 (context): implement the TravelContext constructor");
  }

  travel(trip: Trip): Plan {
    // TODO step 2 (context)
    throw new Error("TODO step 2 (context): implement TravelContext.travel");
  }
}

export function describePlan(plan: Plan): string {
  // TODO step 1 (travel-strategies)
  throw new Error("TODO step 1 (travel-strategies): implement describePlan");
}

/** What the traveller cares about most. */
export type Preference = "fastest" | "cheapest";

/** A comparator: negative when `a` comes first. */
export type Ranking = (a: Plan, b: Plan) => number;

export const rankings = {
  fastest: (a, b) => {
    // TODO step 3 (rankings): fewer minutes first, then fewer dollars.
    throw new Error("TODO step 3 (rankings): implement rankings.fastest");
  },
  cheapest: (a, b) => {
    // TODO step 3 (rankings): fewer dollars first, then fewer minutes.
    throw new Error("TODO step 3 (rankings): implement rankings.cheapest");
  },
} satisfies Record<Preference, Ranking>;

export function rankPlans(plans: readonly Plan[], ranking: Ranking): Plan[] {
  // TODO step 3 (rankings)
  throw new Error("TODO step 3 (rankings): implement rankPlans");
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
