// Mistake: composing like math's `f ∘ g`, with reduceRight, so the last add-on listed is applied
// first. Costs still add up, but every description comes out in reverse order.
import {
  type AddOn,
  addOn,
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  demo,
  MilkDecorator,
  receipt,
  SugarDecorator,
  withChocolate,
  withMilk,
  withSugar,
} from "../decorator.ts";

export {
  addOn,
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  demo,
  MilkDecorator,
  receipt,
  SugarDecorator,
  withChocolate,
  withMilk,
  withSugar,
};

export function pipe(...addOns: readonly AddOn[]): AddOn {
  return (beverage) => addOns.reduceRight((wrapped, wrap) => wrap(wrapped), beverage);
}
