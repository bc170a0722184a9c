import { expectTypeOf } from "vitest";
import {
  type AddOn,
  type Beverage,
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  MilkDecorator,
  pipe,
  receipt,
  SugarDecorator,
  withMilk,
  withSugar,
} from "#kata/decorator";

// A wrapper is itself a Beverage, so wrappers nest and go wherever a Beverage goes.
expectTypeOf(new MilkDecorator(new Coffee())).toExtend<Beverage>();
expectTypeOf(new CoffeeDecorator(new Coffee())).toExtend<Beverage>();
receipt(new ChocolateDecorator(new SugarDecorator(new MilkDecorator(new Coffee()))));

// Any object with both methods is a Beverage: no class needed.
new MilkDecorator({ cost: () => 350, description: () => "tea" });
// @ts-expect-error: a beverage must describe itself as well as price itself.
new MilkDecorator({ cost: () => 350 });
// @ts-expect-error: a decorator wraps a beverage, not a price.
new MilkDecorator(500);
// @ts-expect-error: a decorator needs something to wrap.
new SugarDecorator();

// The function form: an add-on maps a Beverage to a Beverage, and pipe keeps that type.
expectTypeOf(withMilk).toEqualTypeOf<AddOn>();
expectTypeOf(pipe(withMilk, withSugar)).toEqualTypeOf<AddOn>();
expectTypeOf(pipe()).toEqualTypeOf<AddOn>();
expectTypeOf(withMilk(new SugarDecorator(new Coffee()))).toEqualTypeOf<Beverage>();
// @ts-expect-error: an add-on is not a beverage until it is applied to one.
receipt(withMilk);
// @ts-expect-error: pipe takes add-ons, not beverages.
pipe(new Coffee());
// @ts-expect-error: an add-on wraps a beverage, not a name.
withMilk("coffee");

// Your own add-on class replaces the wrapper's methods; the compiler wants that said out loud.
export class CreamDecorator extends CoffeeDecorator {
  // @ts-expect-error: with noImplicitOverride, replacing an inherited method needs `override`.
  cost(): number {
    return super.cost() + 50;
  }
}
