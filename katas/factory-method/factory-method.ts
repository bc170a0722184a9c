// Factory-method kata: port CarFactory and the dealerships from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test factory-method`. Replace each `throw` below
// with your code.
// ts-pattern is installed: `import { match } from "ts-pattern";`.

/** The kinds the factory builds; the union type below is read off this list. */
export const carKinds = ["sedan", "truck", "suv"] as const;

/** `"sedan" | "truck" | "suv"`. */
export type CarKind = (typeof carKinds)[number];

export interface Car {
  readonly kind: CarKind;
  drive(): string;
}

export class Sedan implements Car {
  readonly kind = "sedan";

  drive(): string {
    // TODO step 1 (create-car)
    throw new Error("TODO step 1 (create-car): implement Sedan.drive");
  }
}

export class Truck implements Car {
  readonly kind = "truck";

  drive(): string {
    // TODO step 1 (create-car)
    throw new Error("TODO step 1 (create-car): implement Truck.drive");
  }
}

export class Suv implements Car {
  readonly kind = "suv";

  drive(): string {
    // TODO step 1 (create-car)
    throw new Error("TODO step 1 (create-car): implement Suv.drive");
  }
}

/** Thrown for a kind outside the union, which it carries. Given complete. */
export class UnknownCarKindError extends Error {
  override readonly name = "UnknownCarKindError";

  constructor(readonly kind: string) {
    super(`unknown car kind ${JSON.stringify(kind)}: expected one of ${carKinds.join(", ")}`);
  }
}

export function createCar(kind: CarKind): Car {
  // TODO step 1 (create-car)
  throw new Error("TODO step 1 (create-car): implement createCar");
}

export function isCarKind(value: string): value is CarKind {
  // TODO step 2 (unknown-kind)
  throw new Error("TODO step 2 (unknown-kind): implement isCarKind");
}

export function orderCar(kind: string): Car {
  // TODO step 2 (unknown-kind)
  throw new Error("TODO step 2 (unknown-kind): implement orderCar");
}

export interface Sale {
  readonly car: Car;
  readonly receipt: string;
}

export abstract class Dealership {
  abstract readonly name: string;

  /** The factory method: each subclass decides which car it builds. */
  protected abstract createCar(): Car;

  sell(buyer: string): Sale {
    // TODO step 3 (classic-creator)
    throw new Error("TODO step 3 (classic-creator): implement Dealership.sell");
  }
}

export class CityMotors extends Dealership {
  readonly name = "City Motors";

  protected override createCar(): Car {
    // TODO step 3 (classic-creator)
    throw new Error("TODO step 3 (classic-creator): implement CityMotors.createCar");
  }
}

export class HaulageDepot extends Dealership {
  readonly name = "Haulage Depot";

  protected override createCar(): Car {
    // TODO step 3 (classic-creator)
    throw new Error("TODO step 3 (classic-creator): implement HaulageDepot.createCar");
  }
}

export class MountainOutfitters extends Dealership {
  readonly name = "Mountain Outfitters";

  protected override createCar(): Car {
    // TODO step 3 (classic-creator)
    throw new Error("TODO step 3 (classic-creator): implement MountainOutfitters.createCar");
  }
}

export function dealershipFor(kind: CarKind): Dealership {
  // TODO step 3 (classic-creator)
  throw new Error("TODO step 3 (classic-creator): implement dealershipFor");
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
