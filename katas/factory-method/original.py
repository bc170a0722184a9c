"""Factory method: a car factory that builds sedans, trucks and SUVs by name, and dealerships
whose subclasses decide which car they build."""

from abc import ABC, abstractmethod


class Car:
    kind = "car"

    def drive(self):
        raise NotImplementedError


class Sedan(Car):
    kind = "sedan"

    def drive(self):
        return "Driving a sedan"


class Truck(Car):
    kind = "truck"

    def drive(self):
        return "Driving a truck"


class Suv(Car):
    kind = "suv"

    def drive(self):
        return "Driving an SUV"


class CarFactory:
    def create_car(self, car_type):
        if car_type == "sedan":
            return Sedan()
        elif car_type == "truck":
            return Truck()
        elif car_type == "suv":
            return Suv()
        # Any other kind falls off the end: the method returns None, silently.


factory = CarFactory()
for kind in ["sedan", "truck", "suv", "bicycle"]:
    car = factory.create_car(kind)
    print(f"{kind}: {car.drive() if car is not None else 'no such car'}")
print(f"two sedans are one object: {factory.create_car('sedan') is factory.create_car('sedan')}")


# The classic form: the creator's own operation (sell) calls a factory method that each
# subclass overrides, so the base class never names a concrete car.
class Dealership(ABC):
    name = "dealership"

    @abstractmethod
    def create_car(self):
        """The factory method."""

    def sell(self, buyer):
        car = self.create_car()
        return car, f"{self.name} sold a car to {buyer}: {car.drive()}"


class CityMotors(Dealership):
    name = "City Motors"

    def create_car(self):
        return Sedan()


class HaulageDepot(Dealership):
    name = "Haulage Depot"

    def create_car(self):
        return Truck()


class MountainOutfitters(Dealership):
    name = "Mountain Outfitters"

    def create_car(self):
        return Suv()


DEALERSHIPS = {"sedan": CityMotors, "truck": HaulageDepot, "suv": MountainOutfitters}

for dealership in DEALERSHIPS.values():
    _car, receipt = dealership().sell("Ada")
    print(receipt)
