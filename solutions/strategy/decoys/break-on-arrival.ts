// Mistake: counting breaks as `floor(driving / 240)`. A drive of exactly 4 hours then gets a
// break at the destination; the rule is a break after every full 4 hours *before* arriving,
// `floor((driving - 1) / 240)`.
import { type Mode, travelStrategies as reference, type TravelStrategy } from "../strategy.ts";

export type { Leg, Mode, Plan, Preference, Ranking, TravelStrategy, Trip } from "../strategy.ts";
export { demo, describePlan, rankings, rankPlans, TravelContext } from "../strategy.ts";

export const travelStrategies = {
  ...reference,
  car: {
    travel(trip) {
      const km = trip.reduce((sum, leg) => sum + leg.km, 0);
      const driving = Math.ceil((km * 60) / 80);
      const minutes = driving + 30 * Math.floor(driving / 240);
      const route = [trip[0].from, ...trip.map((leg) => leg.to)];
      return { mode: "car", route, km, minutes, dollars: Math.ceil((km * 18) / 100) };
    },
  },
} satisfies Record<Mode, TravelStrategy>;
