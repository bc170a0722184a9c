// Mistake: porting Python's fall-through literally. An unknown kind gives back `undefined`
// (Python's None) instead of a typed error, and the caller finds out later, far from the cause.
export * from "../factory-method.ts";

import { type Car, createCar, isCarKind } from "../factory-method.ts";

export function orderCar(kind: string): Car | undefined {
  return isCarKind(kind) ? createCar(kind) : undefined;
}
