"""Strategy: choose how to travel at run time; the trip stays the same."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Leg:
    start: str  # `from` would be nicer, but it is a keyword in Python
    end: str
    km: int


@dataclass(frozen=True)
class Plan:
    mode: str
    route: tuple
    km: int
    minutes: int
    dollars: int


def ceil_div(a, b):
    return -(-a // b)  # integer ceiling: no float rounding to argue about


def stops(trip):
    return (trip[0].start, *(leg.end for leg in trip))


class TravelStrategy:
    def travel(self, trip):
        raise NotImplementedError


class CarStrategy(TravelStrategy):
    # 80 km/h, a 30-minute break after every full 4 hours at the wheel, 18 cents a km.
    def travel(self, trip):
        km = sum(leg.km for leg in trip)
        driving = ceil_div(km * 60, 80)
        breaks = (driving - 1) // 240
        return Plan("car", stops(trip), km, driving + 30 * breaks, ceil_div(km * 18, 100))


class TrainStrategy(TravelStrategy):
    # 160 km/h, 20 minutes to change trains between legs, 12 cents a km but at most $60 a ticket.
    def travel(self, trip):
        minutes = sum(ceil_div(leg.km * 60, 160) for leg in trip) + 20 * (len(trip) - 1)
        dollars = sum(min(ceil_div(leg.km * 12, 100), 60) for leg in trip)
        return Plan("train", stops(trip), sum(leg.km for leg in trip), minutes, dollars)


class PlaneStrategy(TravelStrategy):
    # One direct flight, skipping the stops: 150 minutes at airports, 750 km/h, $80 plus 10 cents a km.
    def travel(self, trip):
        km = sum(leg.km for leg in trip)
        route = (trip[0].start, trip[-1].end)
        return Plan("plane", route, km, 150 + ceil_div(km * 60, 750), 80 + ceil_div(km, 10))


class TravelContext:
    def __init__(self, strategy):
        self.strategy = strategy

    def travel(self, trip):
        return self.strategy.travel(trip)


def describe(plan):
    hours, minutes = divmod(plan.minutes, 60)
    route = " -> ".join(plan.route)
    return f"Traveling by {plan.mode}: {route}, {plan.km} km, {hours} h {minutes} min, ${plan.dollars}"


STRATEGIES = {"car": CarStrategy(), "train": TrainStrategy(), "plane": PlaneStrategy()}
# Python ranks with a key function; sorted() returns a new list and leaves `plans` alone.
RANKINGS = {
    "fastest": lambda plan: (plan.minutes, plan.dollars),
    "cheapest": lambda plan: (plan.dollars, plan.minutes),
}

italy = (Leg("Berlin", "Munich", 585), Leg("Munich", "Verona", 425), Leg("Verona", "Rome", 505))
weekend = (Leg("Berlin", "Leipzig", 190),)

context = TravelContext(CarStrategy())
print(describe(context.travel(italy)))
context.strategy = TrainStrategy()
print(describe(context.travel(italy)))
context.strategy = PlaneStrategy()
print(describe(context.travel(italy)))

for name, trip in (("italy", italy), ("weekend", weekend)):
    plans = [strategy.travel(trip) for strategy in STRATEGIES.values()]
    for ranking, key in RANKINGS.items():
        print(f"{name}, {ranking}: {', '.join(plan.mode for plan in sorted(plans, key=key))}")
    print(f"{name}, as planned: {', '.join(plan.mode for plan in plans)}")
