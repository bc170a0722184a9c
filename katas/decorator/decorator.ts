// Decorator kata: port the coffee, its add-on wrappers and the function form from original.py.
// Read README.md (or README.zh-CN.md) first, then run `npx kata test decorator`. Replace each
// `throw` below with your code.

/** Anything sold at the counter, priced in whole cents. */
export interface Beverage {
  cost(): number;
  description(): string;
}

export class Coffee implements Beverage {
  cost(): number {
    // TODO step 1 (wrap-cost)
    throw new Error("TODO step 1 (wrap-cost): implement Coffee.cost");
  }

  description(): string {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement Coffee.description");
  }
}

export class CoffeeDecorator implements Beverage {
  constructor(beverage: Beverage) {
    // TODO step 1 (wrap-cost): keep the wrapped beverage in a private field.
  }

  cost(): number {
    // TODO step 1 (wrap-cost)
    throw new Error("TODO step 1 (wrap-cost): implement CoffeeDecorator.cost");
  }

  description(): string {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement CoffeeDecorator.description");
  }
}

export class MilkDecorator extends CoffeeDecorator {
  override cost(): number {
    // TODO step 1 (wrap-cost)
    throw new Error("TODO step 1 (wrap-cost): implement MilkDecorator.cost");
  }

  override description(): string {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement MilkDecorator.description");
  }
}

export class SugarDecorator extends CoffeeDecorator {
  override cost(): number {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement SugarDecorator.cost");
  }

  override description(): string {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement SugarDecorator.description");
  }
}

export class ChocolateDecorator extends CoffeeDecorator {
  override cost(): number {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement ChocolateDecorator.cost");
  }

  override description(): string {
    // TODO step 2 (add-ons)
    throw new Error("TODO step 2 (add-ons): implement ChocolateDecorator.description");
  }
}

export function receipt(beverage: Beverage): string {
  // TODO step 2 (add-ons)
  throw new Error("TODO step 2 (add-ons): implement receipt");
}

/** The function form of a decorator: a function from a beverage to a beverage. */
export type AddOn = (beverage: Beverage) => Beverage;

export function addOn(name: string, cents: number): AddOn {
  // TODO step 3 (compose)
  throw new Error("TODO step 3 (compose): implement addOn");
}

// TODO step 3 (compose): make the three add-ons with addOn.
export const withMilk: AddOn = () => {
  throw new Error("TODO step 3 (compose): implement withMilk");
};

export const withSugar: AddOn = () => {
  throw new Error("TODO step 3 (compose): implement withSugar");
};

export const withChocolate: AddOn = () => {
  throw new Error("TODO step 3 (compose): implement withChocolate");
};

export function pipe(...addOns: readonly AddOn[]): AddOn {
  // TODO step 3 (compose)
  throw new Error("TODO step 3 (compose): implement pipe");
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
