// Mistake: a factory that hands out one prebuilt car per kind. Every "new" sedan is the same
// object, so whatever one owner does to it, every other owner sees.
export * from "../factory-method.ts";

import {
  type Car,
  type CarKind,
  isCarKind,
  Sedan,
  Suv,
  Truck,
  UnknownCarKindError,
} from "../factory-method.ts";

const lot = { sedan: new Sedan(), truck: new Truck(), suv: new Suv() } satisfies Record<
  CarKind,
  Car
>;

export function createCar(kind: CarKind): Car {
  return lot[kind];
}

export function orderCar(kind: string): Car {
  if (!isCarKind(kind)) throw new UnknownCarKindError(kind);
  return createCar(kind);
}
