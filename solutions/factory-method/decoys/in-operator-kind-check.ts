// Mistake: checking the kind with `in` on a lookup object. `in` also finds the keys every
// object inherits, so "toString" and "constructor" pass as car kinds and crash further in.
export * from "../factory-method.ts";

import { type Car, type CarKind, createCar, UnknownCarKindError } from "../factory-method.ts";

const known = { sedan: true, truck: true, suv: true };

export function isCarKind(value: string): value is CarKind {
  return value in known;
}

export function orderCar(kind: string): Car {
  if (!isCarKind(kind)) throw new UnknownCarKindError(kind);
  return createCar(kind);
}
