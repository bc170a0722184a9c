// Mistake: a "template" base class that appends its own name and price, with an empty name and a
// zero price by default. It saves typing in the add-ons, but the identity wrapper is no longer
// the identity: it adds ", " to every description it wraps.
import {
  addOn,
  type Beverage,
  Coffee,
  demo,
  pipe,
  receipt,
  withChocolate,
  withMilk,
  withSugar,
} from "../decorator.ts";

export { addOn, Coffee, demo, pipe, receipt, withChocolate, withMilk, withSugar };

export class CoffeeDecorator implements Beverage {
  protected readonly name: string = "";
  protected readonly cents: number = 0;
  readonly #beverage: Beverage;

  constructor(beverage: Beverage) {
    this.#beverage = beverage;
  }

  cost(): number {
    return this.#beverage.cost() + this.cents;
  }

  description(): string {
    return `${this.#beverage.description()}, ${this.name}`;
  }
}

export class MilkDecorator extends CoffeeDecorator {
  protected override readonly name = "milk";
  protected override readonly cents = 100;
}

export class SugarDecorator extends CoffeeDecorator {
  protected override readonly name = "sugar";
  protected override readonly cents = 25;
}

export class ChocolateDecorator extends CoffeeDecorator {
  protected override readonly name = "chocolate";
  protected override readonly cents = 75;
}
