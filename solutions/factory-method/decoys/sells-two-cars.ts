// Mistake: calling the factory method twice in one sale, once for the car and once for the
// receipt. The receipt then describes a car the buyer never gets.
export * from "../factory-method.ts";

import { type Car, type CarKind, type Sale, Sedan, Suv, Truck } from "../factory-method.ts";

export abstract class Dealership {
  abstract readonly name: string;

  protected abstract createCar(): Car;

  sell(buyer: string): Sale {
    return {
      car: this.createCar(),
      receipt: `${this.name} sold a car to ${buyer}: ${this.createCar().drive()}`,
    };
  }
}

export class CityMotors extends Dealership {
  readonly name = "City Motors";

  protected override createCar(): Car {
    return new Sedan();
  }
}

export class HaulageDepot extends Dealership {
  readonly name = "Haulage Depot";

  protected override createCar(): Car {
    return new Truck();
  }
}

export class MountainOutfitters extends Dealership {
  readonly name = "Mountain Outfitters";

  protected override createCar(): Car {
    return new Suv();
  }
}

const dealerships = {
  sedan: () => new CityMotors(),
  truck: () => new HaulageDepot(),
  suv: () => new MountainOutfitters(),
} satisfies Record<CarKind, () => Dealership>;

export function dealershipFor(kind: CarKind): Dealership {
  return dealerships[kind]();
}
