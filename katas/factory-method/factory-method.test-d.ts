import { expectTypeOf } from "vitest";
import {
  type Car,
  type CarKind,
  CityMotors,
  carKinds,
  createCar,
  Dealership,
  dealershipFor,
  isCarKind,
  orderCar,
  type Sale,
  type Sedan,
  UnknownCarKindError,
} from "#kata/factory-method";

// The kinds are a union of literals, read off the runtime list.
expectTypeOf<CarKind>().toEqualTypeOf<"sedan" | "truck" | "suv">();
expectTypeOf(carKinds).toEqualTypeOf<readonly ["sedan", "truck", "suv"]>();
expectTypeOf<Sedan["kind"]>().toEqualTypeOf<"sedan">();

// The factory method takes only a kind; an unknown one never reaches it.
expectTypeOf(createCar).parameter(0).toEqualTypeOf<CarKind>();
expectTypeOf(createCar("suv")).toEqualTypeOf<Car>();
// @ts-expect-error: "bicycle" is not a CarKind, so the call does not compile.
createCar("bicycle");
// @ts-expect-error: a plain string might be anything; narrow it with isCarKind first.
createCar("sedan" as string);

// Untrusted text goes through orderCar, or is narrowed by the type guard.
expectTypeOf(orderCar).parameter(0).toEqualTypeOf<string>();
declare const fromTheForm: string;
if (isCarKind(fromTheForm)) {
  expectTypeOf(fromTheForm).toEqualTypeOf<CarKind>();
  createCar(fromTheForm);
}
expectTypeOf(new UnknownCarKindError("bicycle").kind).toEqualTypeOf<string>();

// The classic creator is abstract, and its factory method is the subclasses' business.
// @ts-expect-error: Dealership is abstract; only its subclasses can be built.
new Dealership();
// @ts-expect-error: createCar is protected; callers buy through sell().
new CityMotors().createCar();
// @ts-expect-error: a concrete dealership must implement the factory method.
class Showroom extends Dealership {
  readonly name = "Showroom";
}
expectTypeOf<Showroom["name"]>().toEqualTypeOf<"Showroom">();
expectTypeOf(new CityMotors().sell("Ada")).toEqualTypeOf<Sale>();
expectTypeOf(dealershipFor).returns.toEqualTypeOf<Dealership>();
// @ts-expect-error: the registry has no entry for "bicycle".
dealershipFor("bicycle");
