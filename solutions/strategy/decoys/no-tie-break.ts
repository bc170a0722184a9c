// Mistake: comparators that look at one key only. Python's key tuple `(p.minutes, p.dollars)`
// breaks ties for free; a comparator must spell the tie-break out, or two equally fast plans
// come out in input order whatever they cost.
import type { Preference, Ranking } from "../strategy.ts";

export type { Leg, Mode, Plan, Preference, Ranking, TravelStrategy, Trip } from "../strategy.ts";
export {
  demo,
  describePlan,
  rankPlans,
  TravelContext,
  travelStrategies,
} from "../strategy.ts";

export const rankings = {
  fastest: (a, b) => a.minutes - b.minutes,
  cheapest: (a, b) => a.dollars - b.dollars,
} satisfies Record<Preference, Ranking>;
