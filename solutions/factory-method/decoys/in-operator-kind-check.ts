// Mistake: checking the kind with `in` on a lookup object. `in` also finds the keys every
// object inherits, so "toString" and "constructor" pass as car kinds and crash further in.
import {
  type Car,
  type CarKind,
  CityMotors,
  carKinds,
  createCar,
  Dealership,
  dealershipFor,
  demo,
  HaulageDepot,
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
  createCar,
  Dealership,
  dealershipFor,
  demo,
  HaulageDepot,
  MountainOutfitters,
  Sedan,
  Suv,
  Truck,
  UnknownCarKindError,
};

const known = { sedan: true, truck: true, suv: true };

export function isCarKind(value: string): value is CarKind {
  return value in known;
}

export function orderCar(kind: string): Car {
  if (!isCarKind(kind)) throw new UnknownCarKindError(kind);
  return createCar(kind);
}
