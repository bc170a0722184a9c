/** The ways to travel: `const mode: Mode = "train"`. */
export type Mode = "car" | "train" | "plane";

/** One stretch of a trip: `{ from: "Berlin", to: "Munich", km: 585 }`. */
export type Leg = { readonly from: string; readonly to: string; readonly km: number };

/** A trip has at least one leg, so "where does it start?" always has an answer: `[leg]`. */
export type Trip = readonly [Leg, ...Leg[]];

/** What a strategy makes of a trip: `{ mode: "car", route: ["Berlin", "Munich"], km: 585, minutes: 469, dollars: 106 }`. */
export type Plan = {
  readonly mode: Mode;
  readonly route: readonly string[];
  readonly km: number;
  readonly minutes: number;
  readonly dollars: number;
};

/** Turns a trip into a plan: `travelStrategies.car.travel([leg]).minutes`. */
export interface TravelStrategy {
  travel(trip: Trip): Plan;
}

// Integer ceiling, Python's -(-a // b). For trip-sized integers the float quotient keeps its
// fraction, so Math.ceil is exact here.
const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);
const totalKm = (trip: Trip): number => trip.reduce((sum, leg) => sum + leg.km, 0);
const stops = (trip: Trip): string[] => [trip[0].from, ...trip.map((leg) => leg.to)];

/**
 * The three strategies, one object each: `travelStrategies.plane.travel(trip)`. `satisfies`
 * checks that every Mode has a strategy and keeps the literal keys; Python's classes without
 * state become plain objects, since TypeScript types them by shape, not by base class.
 */
export const travelStrategies = {
  car: {
    // 80 km/h, a 30-minute break after every full 4 hours at the wheel, 18 cents a km.
    travel(trip) {
      const km = totalKm(trip);
      const driving = ceilDiv(km * 60, 80);
      const breaks = Math.floor((driving - 1) / 240);
      const minutes = driving + 30 * breaks;
      return { mode: "car", route: stops(trip), km, minutes, dollars: ceilDiv(km * 18, 100) };
    },
  },
  train: {
    // 160 km/h, 20 minutes to change between legs, 12 cents a km but at most $60 a ticket.
    travel(trip) {
      const riding = trip.reduce((sum, leg) => sum + ceilDiv(leg.km * 60, 160), 0);
      const minutes = riding + 20 * (trip.length - 1);
      const dollars = trip.reduce((sum, leg) => sum + Math.min(ceilDiv(leg.km * 12, 100), 60), 0);
      return { mode: "train", route: stops(trip), km: totalKm(trip), minutes, dollars };
    },
  },
  plane: {
    // One direct flight that skips the stops: 150 minutes at airports, 750 km/h, $80 + 10 cents a km.
    travel(trip) {
      const km = totalKm(trip);
      const route = [trip[0].from, ...trip.slice(-1).map((leg) => leg.to)];
      const minutes = 150 + ceilDiv(km * 60, 750);
      return { mode: "plane", route, km, minutes, dollars: 80 + ceilDiv(km, 10) };
    },
  },
} satisfies Record<Mode, TravelStrategy>;

/**
 * Travels with whatever strategy it holds now: `new TravelContext(travelStrategies.car).travel(trip)`.
 * The strategy is required: a context that quietly picked one would hide a caller's mistake.
 */
export class TravelContext {
  /** Swappable at run time: `context.strategy = travelStrategies.train`. */
  strategy: TravelStrategy;

  constructor(strategy: TravelStrategy) {
    this.strategy = strategy;
  }

  /** Exactly what the current strategy returns: `context.travel(trip).mode // "car"`. */
  travel(trip: Trip): Plan {
    return this.strategy.travel(trip);
  }
}

/** One line per plan, as original.py prints it: `"Traveling by car: Berlin -> Munich, 585 km, 7 h 49 min, $106"`. */
export function describePlan(plan: Plan): string {
  const hours = Math.floor(plan.minutes / 60);
  const route = plan.route.join(" -> ");
  return `Traveling by ${plan.mode}: ${route}, ${plan.km} km, ${hours} h ${plan.minutes % 60} min, $${plan.dollars}`;
}

/** What the traveller cares about most: `rankings[preference]`. */
export type Preference = "fastest" | "cheapest";

/** A comparator is a strategy in function form: negative when `a` comes first. */
export type Ranking = (a: Plan, b: Plan) => number;

/**
 * The ranking strategies, plain functions: `plans.toSorted(rankings.fastest)`. Python ranks by a
 * key (`key=lambda p: (p.minutes, p.dollars)`) and compares the tuples; a comparator spells the
 * tie-break out with `||`.
 */
export const rankings = {
  fastest: (a, b) => a.minutes - b.minutes || a.dollars - b.dollars,
  cheapest: (a, b) => a.dollars - b.dollars || a.minutes - b.minutes,
} satisfies Record<Preference, Ranking>;

/**
 * The plans in ranking order, as a new array; full ties keep their input order:
 * `rankPlans(plans, rankings.cheapest)[0]`. `toSorted` leaves the caller's array alone, where
 * `sort` would reorder it in place (Python: `sorted(plans)` versus `plans.sort()`).
 */
export function rankPlans(plans: readonly Plan[], ranking: Ranking): Plan[] {
  return plans.toSorted(ranking);
}

const leg = (from: string, to: string, km: number): Leg => ({ from, to, km });

/** The lines `original.py` prints, in order: `demo()[2] // "Traveling by plane: Berlin -> Rome, ..."`. */
export function demo(): string[] {
  const italy: Trip = [
    leg("Berlin", "Munich", 585),
    leg("Munich", "Verona", 425),
    leg("Verona", "Rome", 505),
  ];
  const weekend: Trip = [leg("Berlin", "Leipzig", 190)];

  const context = new TravelContext(travelStrategies.car);
  const lines = [describePlan(context.travel(italy))];
  context.strategy = travelStrategies.train;
  lines.push(describePlan(context.travel(italy)));
  context.strategy = travelStrategies.plane;
  lines.push(describePlan(context.travel(italy)));

  const modes = (plans: readonly Plan[]) => plans.map((plan) => plan.mode).join(", ");
  for (const [name, trip] of [
    ["italy", italy],
    ["weekend", weekend],
  ] as const) {
    const plans = Object.values(travelStrategies).map((strategy) => strategy.travel(trip));
    for (const [preference, ranking] of Object.entries(rankings)) {
      lines.push(`${name}, ${preference}: ${modes(rankPlans(plans, ranking))}`);
    }
    lines.push(`${name}, as planned: ${modes(plans)}`);
  }
  return lines;
}
