import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  demo,
  describePlan,
  type Leg,
  type Mode,
  type Plan,
  rankings,
  rankPlans,
  TravelContext,
  type TravelStrategy,
  type Trip,
  travelStrategies,
} from "#kata/strategy";

const leg = (from: string, to: string, km: number): Leg => ({ from, to, km });
const oneLeg = (km: number): Trip => [leg("A", "B", km)];
const munich: Trip = [leg("Berlin", "Munich", 585)];
const italy: Trip = [
  leg("Berlin", "Munich", 585),
  leg("Munich", "Verona", 425),
  leg("Verona", "Rome", 505),
];
const modes: readonly Mode[] = ["car", "train", "plane"];

/** Freezes a value and everything inside it, so that any attempt to change it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const legArb = fc.record({
  from: fc.string({ maxLength: 8 }),
  to: fc.string({ maxLength: 8 }),
  km: fc.integer({ min: 1, max: 5000 }),
});
const tripArb: fc.Arbitrary<Trip> = fc
  .tuple(legArb, fc.array(legArb, { maxLength: 5 }))
  .map(([first, rest]) => [first, ...rest]);

describe("travel-strategies", () => {
  it("plans a one-leg trip by car, train and plane", () => {
    // Expected plans: CPython running original.py's strategies on Berlin -> Munich, 585 km.
    expect(travelStrategies.car.travel(munich)).toEqual({
      mode: "car",
      route: ["Berlin", "Munich"],
      km: 585,
      minutes: 469,
      dollars: 106,
    });
    expect(travelStrategies.train.travel(munich)).toEqual({
      mode: "train",
      route: ["Berlin", "Munich"],
      km: 585,
      minutes: 220,
      dollars: 60,
    });
    expect(travelStrategies.plane.travel(munich)).toEqual({
      mode: "plane",
      route: ["Berlin", "Munich"],
      km: 585,
      minutes: 197,
      dollars: 139,
    });
  });

  it("stops at every stop by car and train, and flies straight to the end", () => {
    const three: Trip = [
      leg("Paris", "Lyon", 465),
      leg("Lyon", "Marseille", 315),
      leg("Marseille", "Nice", 200),
    ];
    const stops = ["Paris", "Lyon", "Marseille", "Nice"];
    expect(travelStrategies.car.travel(three)).toEqual({
      mode: "car",
      route: stops,
      km: 980,
      minutes: 825,
      dollars: 177,
    });
    expect(travelStrategies.train.travel(three)).toEqual({
      mode: "train",
      route: stops,
      km: 980,
      minutes: 409,
      dollars: 118,
    });
    expect(travelStrategies.plane.travel(three)).toEqual({
      mode: "plane",
      route: ["Paris", "Nice"],
      km: 980,
      minutes: 229,
      dollars: 178,
    });
  });

  it("gives the driver a break only after a full 4 hours at the wheel", () => {
    expect(travelStrategies.car.travel(oneLeg(320)).minutes).toBe(240);
    expect(travelStrategies.car.travel(oneLeg(321)).minutes).toBe(271);
    expect(travelStrategies.car.travel(oneLeg(640)).minutes).toBe(510);
    expect(travelStrategies.car.travel(oneLeg(641)).minutes).toBe(541);
    expect(travelStrategies.car.travel(oneLeg(1))).toMatchObject({ minutes: 1, dollars: 1 });
    expect(travelStrategies.car.travel(oneLeg(751)).dollars).toBe(136);
  });

  it("charges the train per ticket, at most $60 each, and 20 minutes per change", () => {
    const two: Trip = [leg("Hamburg", "Cologne", 491), leg("Cologne", "Basel", 501)];
    expect(travelStrategies.train.travel(two)).toMatchObject({ minutes: 393, dollars: 119 });
    expect(travelStrategies.train.travel(oneLeg(320))).toMatchObject({ minutes: 120, dollars: 39 });
    expect(travelStrategies.train.travel(oneLeg(321))).toMatchObject({ minutes: 121, dollars: 39 });
    expect(travelStrategies.train.travel(oneLeg(1))).toMatchObject({ minutes: 1, dollars: 1 });
  });

  it("rounds plane times and fares up to whole minutes and dollars", () => {
    expect(travelStrategies.plane.travel(oneLeg(750))).toMatchObject({
      minutes: 210,
      dollars: 155,
    });
    expect(travelStrategies.plane.travel(oneLeg(751))).toMatchObject({
      minutes: 211,
      dollars: 156,
    });
    expect(travelStrategies.plane.travel(oneLeg(1))).toMatchObject({ minutes: 151, dollars: 81 });
  });

  it("describes a plan the way original.py prints it", () => {
    const plan: Plan = { mode: "car", route: ["A", "B", "C"], km: 7, minutes: 125, dollars: 9 };
    expect(describePlan(plan)).toBe("Traveling by car: A -> B -> C, 7 km, 2 h 5 min, $9");
    expect(describePlan({ ...plan, mode: "plane", route: ["X", "Y"], minutes: 59 })).toBe(
      "Traveling by plane: X -> Y, 7 km, 0 h 59 min, $9",
    );
  });

  it("law: every strategy leaves the trip untouched", () => {
    fc.assert(
      fc.property(tripArb, fc.constantFrom(...modes), (trip, mode) => {
        const before = structuredClone(trip);
        travelStrategies[mode].travel(deepFreeze(trip));
        expect(trip, "the trip after travel()").toEqual(before);
      }),
    );
  });

  it("law: every plan names its mode, covers the whole distance and starts and ends where the trip does", () => {
    fc.assert(
      fc.property(tripArb, fc.constantFrom(...modes), (trip, mode) => {
        const plan = travelStrategies[mode].travel(trip);
        const km = trip.reduce((sum, l) => sum + l.km, 0);
        const stops = [trip[0].from, ...trip.map((l) => l.to)];
        expect(plan.mode, "mode of the plan").toBe(mode);
        expect(plan.km, "km of the plan").toBe(km);
        expect(plan.route, "route of the plan").toEqual(
          mode === "plane" ? [stops[0], stops.at(-1)] : stops,
        );
        expect(
          Number.isInteger(plan.minutes) && Number.isInteger(plan.dollars),
          "whether the minutes and dollars of the plan are whole",
        ).toBe(true);
      }),
    );
  });

  it("law: a longer trip never takes less time or costs less money", () => {
    fc.assert(
      fc.property(
        tripArb,
        fc.nat({ max: 2000 }),
        fc.option(legArb, { nil: undefined }),
        fc.constantFrom(...modes),
        (trip, extraKm, extraLeg, mode) => {
          const [first, ...rest] = trip;
          const longer: Trip = [{ ...first, km: first.km + extraKm }, ...rest];
          const further: Trip = extraLeg === undefined ? longer : [...longer, extraLeg];
          const short = travelStrategies[mode].travel(trip);
          const long = travelStrategies[mode].travel(further);
          expect(long.minutes, "minutes of the longer trip").toBeGreaterThanOrEqual(short.minutes);
          expect(long.dollars, "dollars of the longer trip").toBeGreaterThanOrEqual(short.dollars);
        },
      ),
    );
  });

  it("law: splitting a leg at a new stop changes only the car's route, and the plane's plan not at all", () => {
    fc.assert(
      fc.property(tripArb, fc.nat(), fc.string({ maxLength: 8 }), (trip, pick, stop) => {
        const at = pick % trip.length;
        const split = trip.flatMap((l, i) =>
          i === at && l.km > 1
            ? [leg(l.from, stop, Math.floor(l.km / 2)), leg(stop, l.to, Math.ceil(l.km / 2))]
            : [l],
        ) as unknown as Trip;
        const car = travelStrategies.car.travel(trip);
        expect(travelStrategies.car.travel(split), "the car's plan for the split trip").toEqual({
          ...car,
          route: [trip[0].from, ...split.map((l) => l.to)],
        });
        expect(travelStrategies.plane.travel(split), "the plane's plan for the split trip").toEqual(
          travelStrategies.plane.travel(trip),
        );
      }),
    );
  });
});

describe("context", () => {
  it("travels with the strategy it holds, swapped at run time", () => {
    const context = new TravelContext(travelStrategies.car);
    expect(describePlan(context.travel(italy))).toBe(
      "Traveling by car: Berlin -> Munich -> Verona -> Rome, 1515 km, 20 h 57 min, $273",
    );
    context.strategy = travelStrategies.train;
    expect(describePlan(context.travel(italy))).toBe(
      "Traveling by train: Berlin -> Munich -> Verona -> Rome, 1515 km, 10 h 10 min, $171",
    );
    context.strategy = travelStrategies.plane;
    expect(context.strategy).toBe(travelStrategies.plane);
    expect(describePlan(context.travel(italy))).toBe(
      "Traveling by plane: Berlin -> Rome, 1515 km, 4 h 32 min, $232",
    );
  });

  it("accepts any object with a travel method, and hands it the very trip", () => {
    const seen: Trip[] = [];
    const plan: Plan = { mode: "train", route: ["A"], km: 0, minutes: 0, dollars: 0 };
    const walking: TravelStrategy = {
      travel(trip) {
        seen.push(trip);
        return plan;
      },
    };
    const context = new TravelContext(walking);
    expect(context.strategy).toBe(walking);
    expect(context.travel(munich)).toBe(plan);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(munich);
  });

  it("refuses to travel without a strategy instead of picking one silently", () => {
    // JavaScript callers, or data from JSON, can pass undefined despite the types.
    const missing = undefined as unknown as TravelStrategy;
    expect(() => new TravelContext(missing).travel(munich)).toThrow();
    const context = new TravelContext(travelStrategies.train);
    context.strategy = missing;
    expect(() => context.travel(munich)).toThrow();
  });

  const planArb: fc.Arbitrary<Plan> = fc.record({
    mode: fc.constantFrom<Mode>("car", "train", "plane"),
    route: fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
    km: fc.nat(),
    minutes: fc.nat(),
    dollars: fc.nat(),
  });

  it("law: the context returns exactly what its current strategy returns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.func(planArb), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), tripArb), { minLength: 1, maxLength: 4 }),
        (fns, journeys) => {
          const calls: { trip: Trip; plan: Plan }[] = [];
          const strategies = fns.map(
            (fn): TravelStrategy => ({
              travel(trip) {
                const plan = fn(trip);
                calls.push({ trip, plan });
                return plan;
              },
            }),
          );
          const context = new TravelContext(strategies[0] as TravelStrategy);
          for (const [pick, trip] of journeys) {
            const strategy = strategies[pick % strategies.length] as TravelStrategy;
            context.strategy = strategy;
            const before = calls.length;
            const plan = context.travel(trip);
            expect(calls.length, "number of calls on the strategies").toBe(before + 1);
            expect(calls.at(-1)?.trip, "trip the current strategy got").toBe(trip);
            expect(plan, "plan the context returned").toBe(calls.at(-1)?.plan);
            expect(plan, "plan the context returned, against the picked strategy's").toEqual(
              fns[pick % fns.length]?.(trip),
            );
          }
        },
      ),
    );
  });
});

describe("rankings", () => {
  const plan = (mode: Mode, minutes: number, dollars: number, tag = ""): Plan => ({
    mode,
    route: tag === "" ? [] : [tag],
    km: 100,
    minutes,
    dollars,
  });

  it("ranks the Italy plans fastest first and cheapest first", () => {
    const plans = [
      plan("car", 1257, 273),
      plan("train", 610, 171),
      plan("plane", 272, 232),
    ] as const;
    const order = (ranked: readonly Plan[]) => ranked.map((p) => p.mode);
    expect(order(rankPlans(plans, rankings.fastest))).toEqual(["plane", "train", "car"]);
    expect(order(rankPlans(plans, rankings.cheapest))).toEqual(["train", "plane", "car"]);
  });

  it("breaks a tie on the main key with the other key", () => {
    const slowCheap = plan("car", 300, 50);
    const slowDear = plan("train", 300, 80);
    const quickDear = plan("plane", 200, 50);
    expect(rankPlans([slowDear, slowCheap, quickDear], rankings.fastest)).toEqual([
      quickDear,
      slowCheap,
      slowDear,
    ]);
    expect(rankPlans([slowDear, slowCheap, quickDear], rankings.cheapest)).toEqual([
      quickDear,
      slowCheap,
      slowDear,
    ]);
  });

  it("keeps complete ties in their input order", () => {
    const first = plan("car", 60, 10, "first");
    const second = plan("train", 60, 10, "second");
    expect(rankPlans([first, second], rankings.fastest)).toEqual([first, second]);
    expect(rankPlans([second, first], rankings.cheapest)).toEqual([second, first]);
  });

  it("compares numbers as numbers, not as text", () => {
    const ranked = rankPlans([plan("car", 100, 1), plan("train", 9, 1)], rankings.fastest);
    expect(ranked.map((p) => p.minutes)).toEqual([9, 100]);
  });

  it("returns a new array and leaves the caller's array in its order", () => {
    const plans = [plan("car", 30, 3), plan("train", 20, 2), plan("plane", 10, 1)];
    const ranked = rankPlans(plans, rankings.cheapest);
    expect(ranked.map((p) => p.mode)).toEqual(["plane", "train", "car"]);
    expect(ranked).not.toBe(plans);
    expect(plans.map((p) => p.mode)).toEqual(["car", "train", "plane"]);
  });

  // Small ranges so that ties are common; the tag identifies each plan.
  const plansArb = fc
    .array(fc.tuple(fc.constantFrom(...modes), fc.nat({ max: 4 }), fc.nat({ max: 4 })), {
      maxLength: 10,
    })
    .map((rows) =>
      rows.map(([mode, minutes, dollars], i) => plan(mode, minutes, dollars, `#${i}`)),
    );
  const keys = {
    fastest: (p: Plan) => [p.minutes, p.dollars] as const,
    cheapest: (p: Plan) => [p.dollars, p.minutes] as const,
  };
  const preference = fc.constantFrom("fastest", "cheapest") as fc.Arbitrary<keyof typeof keys>;
  const tagOf = (p: Plan | undefined) => Number(p?.route[0]?.slice(1));

  it("law: ranking never changes its input", () => {
    fc.assert(
      fc.property(plansArb, preference, (plans, pref) => {
        const before = [...plans];
        rankPlans(deepFreeze(plans), rankings[pref]);
        expect(plans, "the plans after rankPlans()").toEqual(before);
      }),
    );
  });

  it("law: the ranking holds the same plans, ordered by the main key, then the other key, then input order", () => {
    fc.assert(
      fc.property(plansArb, preference, (plans, pref) => {
        const ranked = rankPlans(plans, rankings[pref]);
        expect(
          ranked.map(tagOf).toSorted((a, b) => a - b),
          "tags of the ranked plans, sorted",
        ).toEqual(plans.map(tagOf));
        for (let i = 1; i < ranked.length; i++) {
          const [a1, a2] = keys[pref](ranked[i - 1] as Plan);
          const [b1, b2] = keys[pref](ranked[i] as Plan);
          const rank =
            Math.sign(a1 - b1) ||
            Math.sign(a2 - b2) ||
            Math.sign(tagOf(ranked[i - 1]) - tagOf(ranked[i]));
          expect(rank, `order of ranked plans ${i - 1} and ${i}`).toBe(-1);
        }
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/strategy/original.py, line by line.
  const transcript = [
    "Traveling by car: Berlin -> Munich -> Verona -> Rome, 1515 km, 20 h 57 min, $273",
    "Traveling by train: Berlin -> Munich -> Verona -> Rome, 1515 km, 10 h 10 min, $171",
    "Traveling by plane: Berlin -> Rome, 1515 km, 4 h 32 min, $232",
    "italy, fastest: plane, train, car",
    "italy, cheapest: train, plane, car",
    "italy, as planned: car, train, plane",
    "weekend, fastest: train, car, plane",
    "weekend, cheapest: train, car, plane",
    "weekend, as planned: car, train, plane",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
