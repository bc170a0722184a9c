import { match } from "ts-pattern";

/** The kinds the factory builds; the union type below is read off this list: `carKinds[2] // "suv"`. */
export const carKinds = ["sedan", "truck", "suv"] as const;

/** `"sedan" | "truck" | "suv"`: Python's `create_car` takes any string, this type only these three. */
export type CarKind = (typeof carKinds)[number];

/** What every car can do: `createCar("sedan").drive() // "Driving a sedan"`. */
export interface Car {
  readonly kind: CarKind;
  drive(): string;
}

/** A sedan: `new Sedan().drive() // "Driving a sedan"`. */
export class Sedan implements Car {
  readonly kind = "sedan";

  drive(): string {
    return "Driving a sedan";
  }
}

/** A truck: `new Truck().drive() // "Driving a truck"`. */
export class Truck implements Car {
  readonly kind = "truck";

  drive(): string {
    return "Driving a truck";
  }
}

/** An SUV: `new Suv().drive() // "Driving an SUV"`. */
export class Suv implements Car {
  readonly kind = "suv";

  drive(): string {
    return "Driving an SUV";
  }
}

/** Thrown for a kind outside the union, which it carries: `new UnknownCarKindError("bicycle").kind`. */
export class UnknownCarKindError extends Error {
  override readonly name = "UnknownCarKindError";

  constructor(readonly kind: string) {
    super(`unknown car kind ${JSON.stringify(kind)}: expected one of ${carKinds.join(", ")}`);
  }
}

/** The factory method, a new car per call: `createCar("truck").drive() // "Driving a truck"`. */
export function createCar(kind: CarKind): Car {
  // Add a kind to `carKinds` and `.exhaustive()` stops compiling until it has a branch here;
  // Python's if/elif chain would fall off the end and return None for it.
  return match(kind)
    .with("sedan", () => new Sedan())
    .with("truck", () => new Truck())
    .with("suv", () => new Suv())
    .exhaustive();
}

/** Narrows a runtime string to a kind: `isCarKind("suv") // true`, `isCarKind("toString") // false`. */
export function isCarKind(value: string): value is CarKind {
  // Types are erased, so the check must read the runtime list. Seen as `readonly string[]`,
  // `includes` accepts any string; an `in` test on an object would accept "toString" too.
  const known: readonly string[] = carKinds;
  return known.includes(value);
}

/** Builds a car from an untrusted string, or throws: `orderCar("bicycle") // UnknownCarKindError`. */
export function orderCar(kind: string): Car {
  if (!isCarKind(kind)) throw new UnknownCarKindError(kind);
  return createCar(kind);
}

/** What a sale hands back: Python returns a `(car, receipt)` tuple, here the parts have names. */
export interface Sale {
  readonly car: Car;
  readonly receipt: string;
}

/**
 * The classic creator: `sell` uses the factory method `createCar`, which each subclass
 * overrides, so the base class never names a concrete car: `new CityMotors().sell("Ada")`.
 */
export abstract class Dealership {
  abstract readonly name: string;

  /** The factory method. Protected: only the creator's own operations call it. */
  protected abstract createCar(): Car;

  /** Builds one car and writes its receipt: `.receipt // "City Motors sold a car to Ada: ..."`. */
  sell(buyer: string): Sale {
    const car = this.createCar();
    return { car, receipt: `${this.name} sold a car to ${buyer}: ${car.drive()}` };
  }
}

/** Sells sedans: `new CityMotors().sell("Ada").car.kind // "sedan"`. */
export class CityMotors extends Dealership {
  readonly name = "City Motors";

  protected override createCar(): Car {
    return new Sedan();
  }
}

/** Sells trucks: `new HaulageDepot().sell("Ada").car.kind // "truck"`. */
export class HaulageDepot extends Dealership {
  readonly name = "Haulage Depot";

  protected override createCar(): Car {
    return new Truck();
  }
}

/** Sells SUVs: `new MountainOutfitters().sell("Ada").car.kind // "suv"`. */
export class MountainOutfitters extends Dealership {
  readonly name = "Mountain Outfitters";

  protected override createCar(): Car {
    return new Suv();
  }
}

// A table is enough when every branch just builds something; `satisfies` makes the compiler
// demand an entry for each kind while keeping the table's own precise type.
const dealerships = {
  sedan: () => new CityMotors(),
  truck: () => new HaulageDepot(),
  suv: () => new MountainOutfitters(),
} satisfies Record<CarKind, () => Dealership>;

/** A new dealership for a kind: `dealershipFor("suv").name // "Mountain Outfitters"`. */
export function dealershipFor(kind: CarKind): Dealership {
  return dealerships[kind]();
}

/** The lines `original.py` prints, in order: `demo()[3] // "bicycle: no such car"`. */
export function demo(): string[] {
  const built = ["sedan", "truck", "suv", "bicycle"].map((kind) => {
    try {
      return `${kind}: ${orderCar(kind).drive()}`;
    } catch (error) {
      // Python tests the result for None; here only the one typed error is expected.
      if (error instanceof UnknownCarKindError) return `${kind}: no such car`;
      throw error;
    }
  });
  const [first, second] = [createCar("sedan"), createCar("sedan")];
  return [
    ...built,
    // Python prints booleans as True/False, JavaScript as true/false.
    `two sedans are one object: ${first === second ? "True" : "False"}`,
    ...carKinds.map((kind) => dealershipFor(kind).sell("Ada").receipt),
  ];
}
