// Mistake: ranking with `sort()` instead of `toSorted()`. sort() reorders the caller's array in
// place (and returns that same array), so ranking the plans "fastest first" also scrambles the
// list the caller still reads "as planned". The parameter had to lose `readonly` to compile.
import type { Plan, Ranking } from "../strategy.ts";

export type {
  Leg,
  Mode,
  Plan,
  Preference,
  Ranking,
  TravelStrategy,
  Trip,
} from "../strategy.ts";
export {
  demo,
  describePlan,
  rankings,
  TravelContext,
  travelStrategies,
} from "../strategy.ts";

export function rankPlans(plans: Plan[], ranking: Ranking): Plan[] {
  return plans.sort(ranking);
}
