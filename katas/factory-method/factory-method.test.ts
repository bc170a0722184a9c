import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Car,
  type CarKind,
  CityMotors,
  createCar,
  Dealership,
  dealershipFor,
  demo,
  HaulageDepot,
  isCarKind,
  MountainOutfitters,
  orderCar,
  Sedan,
  Suv,
  Truck,
  UnknownCarKindError,
} from "#kata/factory-method";

// Written by hand from original.py, not read from the code under test.
const kinds: readonly CarKind[] = ["sedan", "truck", "suv"];
const driveText = {
  sedan: "Driving a sedan",
  truck: "Driving a truck",
  suv: "Driving an SUV",
} satisfies Record<CarKind, string>;
const carClass = { sedan: Sedan, truck: Truck, suv: Suv } satisfies Record<CarKind, new () => Car>;

const kind = fc.constantFrom(...kinds);
const known: readonly string[] = kinds;
// Near misses and the keys every object inherits, mixed with arbitrary strings.
const notAKind = fc
  .oneof(
    fc.constantFrom(
      "bicycle",
      "Sedan",
      "SUV",
      "TRUCK",
      " suv",
      "sedan ",
      "",
      "toString",
      "constructor",
      "__proto__",
      "valueOf",
      "hasOwnProperty",
    ),
    fc.string(),
  )
  .filter((s) => !known.includes(s));

/** The typed error `orderCar(kind)` throws; any other outcome fails the test, naming itself. */
function rejectionOf(kind: string): UnknownCarKindError {
  try {
    orderCar(kind);
  } catch (error) {
    if (error instanceof UnknownCarKindError) return error;
    throw error;
  }
  throw new Error(`orderCar(${JSON.stringify(kind)}) returned instead of throwing`);
}

describe("create-car", () => {
  it("builds each kind of car, and each drives with its own text", () => {
    const sedan = createCar("sedan");
    expect(sedan).toBeInstanceOf(Sedan);
    expect(sedan.kind).toBe("sedan");
    expect(sedan.drive()).toBe("Driving a sedan");
    expect(createCar("truck")).toBeInstanceOf(Truck);
    expect(createCar("truck").drive()).toBe("Driving a truck");
    expect(createCar("suv")).toBeInstanceOf(Suv);
    expect(createCar("suv").drive()).toBe("Driving an SUV");
  });

  it("lets a car class be used on its own", () => {
    expect(new Sedan().drive()).toBe("Driving a sedan");
    expect(new Truck().drive()).toBe("Driving a truck");
    expect(new Suv().drive()).toBe("Driving an SUV");
  });

  it("builds a new car on every call", () => {
    expect(createCar("sedan")).not.toBe(createCar("sedan"));
  });

  it("law: every kind drives with its own text", () => {
    fc.assert(
      fc.property(kind, (k) => {
        const car = createCar(k);
        expect(car, "the car createCar() made").toBeInstanceOf(carClass[k]);
        expect(car.kind, "kind of the car").toBe(k);
        expect(car.drive(), "what driving the car says").toBe(driveText[k]);
      }),
    );
  });

  it("law: every call returns a fresh instance", () => {
    fc.assert(
      fc.property(kind, fc.integer({ min: 2, max: 6 }), (k, calls) => {
        const cars = Array.from({ length: calls }, () => createCar(k));
        expect(new Set(cars).size, "number of distinct cars").toBe(calls);
      }),
    );
  });
});

describe("unknown-kind", () => {
  it("recognises exactly the three kinds", () => {
    expect(isCarKind("sedan")).toBe(true);
    expect(isCarKind("truck")).toBe(true);
    expect(isCarKind("suv")).toBe(true);
    expect(isCarKind("bicycle")).toBe(false);
    expect(isCarKind("SUV")).toBe(false);
    expect(isCarKind("")).toBe(false);
  });

  it("does not take the keys every object inherits for kinds", () => {
    expect(isCarKind("toString")).toBe(false);
    expect(isCarKind("constructor")).toBe(false);
    expect(isCarKind("__proto__")).toBe(false);
  });

  it("builds a car from a runtime string", () => {
    const truck = orderCar("truck");
    expect(truck).toBeInstanceOf(Truck);
    expect(truck.drive()).toBe("Driving a truck");
    expect(orderCar("suv").drive()).toBe("Driving an SUV");
  });

  it("rejects an unknown kind with a typed error that carries it", () => {
    const error = rejectionOf("bicycle");
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe("bicycle");
    expect(error.name).toBe("UnknownCarKindError");
    expect(error.message).toBe('unknown car kind "bicycle": expected one of sedan, truck, suv');
  });

  it("rejects a kind spelt with other letter cases, as Python's == does", () => {
    expect(() => orderCar("Sedan")).toThrow(UnknownCarKindError);
    expect(() => orderCar("TRUCK")).toThrow(UnknownCarKindError);
  });

  it("rejects `toString` with the typed error, not with a crash further in", () => {
    expect(() => orderCar("toString")).toThrow(UnknownCarKindError);
    expect(() => orderCar("constructor")).toThrow(UnknownCarKindError);
  });

  it("law: any string outside the union is rejected", () => {
    fc.assert(
      fc.property(notAKind, (s) => {
        expect(isCarKind(s), "isCarKind() of the string").toBe(false);
        expect(rejectionOf(s).kind, "kind the UnknownCarKindError names").toBe(s);
      }),
    );
  });

  it("law: every kind in the union is accepted, and builds a fresh car of that kind", () => {
    fc.assert(
      fc.property(kind, (k) => {
        expect(isCarKind(k), "isCarKind() of the kind").toBe(true);
        const car = orderCar(k);
        expect(car, "the car orderCar() made").toBeInstanceOf(carClass[k]);
        expect(car.drive(), "what driving the car says").toBe(driveText[k]);
        expect(orderCar(k), "the car of a second orderCar()").not.toBe(car);
      }),
    );
  });
});

describe("classic-creator", () => {
  /** A dealership the kata never saw: it plugs in by overriding the factory method alone. */
  class TestLot extends Dealership {
    readonly made: Car[] = [];

    constructor(
      readonly name: string,
      private readonly text: string,
    ) {
      super();
    }

    protected override createCar(): Car {
      const car: Car = { kind: "suv", drive: () => this.text };
      this.made.push(car);
      return car;
    }
  }

  it("sells each dealership's own car, with a receipt", () => {
    const city = new CityMotors().sell("Ada");
    expect(city.car).toBeInstanceOf(Sedan);
    expect(city.receipt).toBe("City Motors sold a car to Ada: Driving a sedan");
    const haulage = new HaulageDepot().sell("Grace");
    expect(haulage.car).toBeInstanceOf(Truck);
    expect(haulage.receipt).toBe("Haulage Depot sold a car to Grace: Driving a truck");
    const mountain = new MountainOutfitters().sell("Linus");
    expect(mountain.car).toBeInstanceOf(Suv);
    expect(mountain.receipt).toBe("Mountain Outfitters sold a car to Linus: Driving an SUV");
  });

  it("builds a new car for every sale", () => {
    const city = new CityMotors();
    expect(city.sell("Ada").car).not.toBe(city.sell("Ada").car);
  });

  it("finds the dealership for each kind", () => {
    expect(dealershipFor("sedan")).toBeInstanceOf(CityMotors);
    expect(dealershipFor("truck")).toBeInstanceOf(HaulageDepot);
    expect(dealershipFor("suv")).toBeInstanceOf(MountainOutfitters);
    expect(dealershipFor("truck").name).toBe("Haulage Depot");
    expect(dealershipFor("suv").sell("Ada").car).toBeInstanceOf(Suv);
  });

  it("sells the car a new subclass makes, calling its factory method once per sale", () => {
    const lot = new TestLot("Test Lot", "Driving a prototype");
    const sale = lot.sell("Ada");
    expect(sale.receipt).toBe("Test Lot sold a car to Ada: Driving a prototype");
    expect(lot.made).toEqual([sale.car]);
    expect(lot.made[0]).toBe(sale.car);
  });

  it("law: a sale hands over exactly the car the factory method made, and describes it", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (name, buyer, text) => {
        const lot = new TestLot(name, text);
        const sale = lot.sell(buyer);
        expect(lot.made.length, "number of cars the factory method made").toBe(1);
        expect(sale.car, "car of the sale").toBe(lot.made[0]);
        expect(sale.receipt, "receipt of the sale").toBe(`${name} sold a car to ${buyer}: ${text}`);
      }),
    );
  });

  it("law: every call returns a fresh instance", () => {
    fc.assert(
      fc.property(kind, fc.integer({ min: 2, max: 6 }), (k, sales) => {
        const dealership = dealershipFor(k);
        const cars = Array.from({ length: sales }, () => dealership.sell("Ada").car);
        expect(new Set(cars).size, "number of distinct cars sold").toBe(sales);
        for (const car of cars)
          expect(car.drive(), "what driving each car says").toBe(driveText[k]);
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/factory-method/original.py, line by line.
  const transcript = [
    "sedan: Driving a sedan",
    "truck: Driving a truck",
    "suv: Driving an SUV",
    "bicycle: no such car",
    "two sedans are one object: False",
    "City Motors sold a car to Ada: Driving a sedan",
    "Haulage Depot sold a car to Ada: Driving a truck",
    "Mountain Outfitters sold a car to Ada: Driving an SUV",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
