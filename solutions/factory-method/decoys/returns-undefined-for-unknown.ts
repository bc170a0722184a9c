// Mistake: porting Python's fall-through literally. An unknown kind gives back `undefined`
// (Python's None) instead of a typed error, and the caller finds out later, far from the cause.
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
  createCar,
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

export function orderCar(kind: string): Car | undefined {
  return isCarKind(kind) ? createCar(kind) : undefined;
}
