// Mistake: a factory that hands out one prebuilt car per kind. Every "new" sedan is the same
// object, so whatever one owner does to it, every other owner sees.
import {
  type Car,
  type CarKind,
  CityMotors,
  carKinds,
  Dealership,
  dealershipFor,
  demo,
  HaulageDepot,
  isCarKind,
  MountainOutfitters,
  type Sale,
  Sedan,
  Suv,
  Truck,
  UnknownCarKindError,
} from "../factory-method.ts";

export type { Car, CarKind, Sale };
export {
  CityMotors,
  carKinds,
  Dealership,
  dealershipFor,
  demo,
  HaulageDepot,
  isCarKind,
  MountainOutfitters,
  Sedan,
  Suv,
  Truck,
  UnknownCarKindError,
};

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
