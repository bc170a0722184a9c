// Mistake: one template for every kind, `Driving a ${kind}`. It reads well for two kinds and
// prints "Driving a suv" for the third, which original.py spells "Driving an SUV".
export * from "../factory-method.ts";

import { match } from "ts-pattern";
import { type Car, type CarKind, isCarKind, UnknownCarKindError } from "../factory-method.ts";

abstract class TemplatedCar implements Car {
  abstract readonly kind: CarKind;

  drive(): string {
    return `Driving a ${this.kind}`;
  }
}

export class Sedan extends TemplatedCar {
  readonly kind = "sedan";
}

export class Truck extends TemplatedCar {
  readonly kind = "truck";
}

export class Suv extends TemplatedCar {
  readonly kind = "suv";
}

export function createCar(kind: CarKind): Car {
  return match(kind)
    .with("sedan", () => new Sedan())
    .with("truck", () => new Truck())
    .with("suv", () => new Suv())
    .exhaustive();
}

export function orderCar(kind: string): Car {
  if (!isCarKind(kind)) throw new UnknownCarKindError(kind);
  return createCar(kind);
}
