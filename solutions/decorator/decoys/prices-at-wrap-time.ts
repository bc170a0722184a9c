// Mistake: the function add-ons work out the price once, when they wrap, and hand back a frozen
// number. A decorator forwards each call; this one shows yesterday's price when the beverage inside
// changes its own.
import {
  type AddOn,
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  demo,
  MilkDecorator,
  pipe,
  receipt,
  SugarDecorator,
} from "../decorator.ts";

export {
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  demo,
  MilkDecorator,
  pipe,
  receipt,
  SugarDecorator,
};

export function addOn(name: string, cents: number): AddOn {
  return (beverage) => {
    const cost = beverage.cost() + cents;
    const description = `${beverage.description()}, ${name}`;
    return { cost: () => cost, description: () => description };
  };
}

export const withMilk: AddOn = addOn("milk", 100);
export const withSugar: AddOn = addOn("sugar", 25);
export const withChocolate: AddOn = addOn("chocolate", 75);
