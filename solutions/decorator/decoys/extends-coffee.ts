// Mistake: the add-ons inherit from Coffee instead of wrapping what they are given. Inheritance
// fixes the base at compile time, so the cost is never delegated: milk on milk costs 600, and
// milk on tea is priced as milk on coffee.
import {
  addOn,
  type Beverage,
  Coffee,
  CoffeeDecorator,
  demo,
  pipe,
  receipt,
  withChocolate,
  withMilk,
  withSugar,
} from "../decorator.ts";

export { addOn, Coffee, CoffeeDecorator, demo, pipe, receipt, withChocolate, withMilk, withSugar };

export class MilkDecorator extends Coffee {
  readonly #beverage: Beverage;

  constructor(beverage: Beverage) {
    super();
    this.#beverage = beverage;
  }

  override cost(): number {
    return super.cost() + 100;
  }

  override description(): string {
    return `${this.#beverage.description()}, milk`;
  }
}

export class SugarDecorator extends Coffee {
  readonly #beverage: Beverage;

  constructor(beverage: Beverage) {
    super();
    this.#beverage = beverage;
  }

  override cost(): number {
    return super.cost() + 25;
  }

  override description(): string {
    return `${this.#beverage.description()}, sugar`;
  }
}

export class ChocolateDecorator extends Coffee {
  readonly #beverage: Beverage;

  constructor(beverage: Beverage) {
    super();
    this.#beverage = beverage;
  }

  override cost(): number {
    return super.cost() + 75;
  }

  override description(): string {
    return `${this.#beverage.description()}, chocolate`;
  }
}
