/**
 * Anything sold at the counter, priced in whole cents: `new Coffee().cost() // 500`.
 * Cents, not dollars: integer sums are exact in any order, sums of floats are not.
 */
export interface Beverage {
  cost(): number;
  description(): string;
}

/** The component every order starts from: `new Coffee().description() // "coffee"`. */
export class Coffee implements Beverage {
  cost(): number {
    return 500;
  }

  description(): string {
    return "coffee";
  }
}

/**
 * The identity wrapper, and the base of every add-on: it is a Beverage that holds a Beverage and
 * forwards both calls: `new CoffeeDecorator(new Coffee()).cost() // 500`. Add-ons override a
 * method and call `super`, so none of them touches the wrapped beverage directly.
 */
export class CoffeeDecorator implements Beverage {
  readonly #beverage: Beverage;

  constructor(beverage: Beverage) {
    this.#beverage = beverage;
  }

  cost(): number {
    return this.#beverage.cost();
  }

  description(): string {
    return this.#beverage.description();
  }
}

/** Adds milk for 100 cents: `new MilkDecorator(new Coffee()).cost() // 600`. */
export class MilkDecorator extends CoffeeDecorator {
  // `override` is required (noImplicitOverride): a typo'd method name cannot silently add a method.
  override cost(): number {
    return super.cost() + 100;
  }

  override description(): string {
    return `${super.description()}, milk`;
  }
}

/** Adds sugar for 25 cents: `new SugarDecorator(new Coffee()).description() // "coffee, sugar"`. */
export class SugarDecorator extends CoffeeDecorator {
  override cost(): number {
    return super.cost() + 25;
  }

  override description(): string {
    return `${super.description()}, sugar`;
  }
}

/** Adds chocolate for 75 cents: `new ChocolateDecorator(new Coffee()).cost() // 575`. */
export class ChocolateDecorator extends CoffeeDecorator {
  override cost(): number {
    return super.cost() + 75;
  }

  override description(): string {
    return `${super.description()}, chocolate`;
  }
}

/** One line for the till: `receipt(new MilkDecorator(new Coffee())) // "coffee, milk: $6.00"`. */
export function receipt(beverage: Beverage): string {
  const cents = beverage.cost();
  // Python's `f"{cents % 100:02d}"` is padStart here; integer maths keeps the cents exact.
  const price = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  return `${beverage.description()}: $${price}`;
}

/** The function form of a decorator: a function from a beverage to a beverage. */
export type AddOn = (beverage: Beverage) => Beverage;

/**
 * Makes an add-on from a name and a price: `addOn("cinnamon", 30)(new Coffee()).cost() // 530`.
 * An object literal implements the interface on the spot; Python needs a class for that.
 */
export function addOn(name: string, cents: number): AddOn {
  // The methods ask the inner beverage on every call, as the class wrappers do.
  return (beverage) => ({
    cost: () => beverage.cost() + cents,
    description: () => `${beverage.description()}, ${name}`,
  });
}

/** Milk as a function: `withMilk(new Coffee()).description() // "coffee, milk"`. */
export const withMilk: AddOn = addOn("milk", 100);

/** Sugar as a function: `withSugar(new Coffee()).cost() // 525`. */
export const withSugar: AddOn = addOn("sugar", 25);

/** Chocolate as a function: `withChocolate(new Coffee()).cost() // 575`. */
export const withChocolate: AddOn = addOn("chocolate", 75);

/**
 * Applies add-ons left to right, the first one innermost:
 * `pipe(withMilk, withSugar)(new Coffee()).description() // "coffee, milk, sugar"`.
 * `pipe()` is the identity. Math's `compose(f, g)` applies `g` first: reduceRight would
 * reverse every description.
 */
export function pipe(...addOns: readonly AddOn[]): AddOn {
  return (beverage) => addOns.reduce((wrapped, wrap) => wrap(wrapped), beverage);
}

/** The lines `original.py` prints, in order: `demo()[2] // "coffee: $5.00"`. */
export function demo(): string[] {
  const coffee = new Coffee();
  const milkCoffee = new MilkDecorator(coffee);
  const mocha = pipe(withMilk, withChocolate);
  return [
    String(coffee.cost()),
    String(milkCoffee.cost()),
    receipt(coffee),
    receipt(milkCoffee),
    receipt(new ChocolateDecorator(new SugarDecorator(new MilkDecorator(new Coffee())))),
    receipt(new MilkDecorator(new SugarDecorator(new Coffee()))),
    receipt(new MilkDecorator(new MilkDecorator(new Coffee()))),
    receipt(new CoffeeDecorator(new Coffee())),
    receipt(mocha(new Coffee())),
    receipt(pipe(withSugar, mocha, addOn("cinnamon", 30))(new Coffee())),
    receipt(pipe()(new Coffee())),
  ];
}
