import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AddOn,
  addOn,
  type Beverage,
  ChocolateDecorator,
  Coffee,
  CoffeeDecorator,
  demo,
  MilkDecorator,
  pipe,
  receipt,
  SugarDecorator,
  withChocolate,
  withMilk,
  withSugar,
} from "#kata/decorator";

/** A beverage that is not a Coffee: wrappers must work on the interface, not the class. */
const tea = (): Beverage => ({ cost: () => 350, description: () => "tea" });

/** A beverage whose price changes after it is wrapped, to tell delegation from a snapshot. */
function marketPrice(start: number): { beverage: Beverage; set(cents: number): void } {
  let cents = start;
  return {
    beverage: { cost: () => cents, description: () => "filter coffee" },
    set: (next) => {
      cents = next;
    },
  };
}

const basePrice = fc.nat({ max: 100_000 });
const plain = (cents: number, name = "house blend"): Beverage => ({
  cost: () => cents,
  description: () => name,
});

describe("wrap-cost", () => {
  it("prices a plain coffee at 500 cents", () => {
    expect(new Coffee().cost()).toBe(500);
  });

  it("adds 100 cents of milk to the coffee it wraps", () => {
    expect(new MilkDecorator(new Coffee()).cost()).toBe(600);
  });

  it("wraps milk around milk", () => {
    expect(new MilkDecorator(new MilkDecorator(new Coffee())).cost()).toBe(700);
  });

  it("wraps any beverage, not only a Coffee", () => {
    expect(new MilkDecorator(tea()).cost()).toBe(450);
  });

  it("costs exactly what it wraps when it is the identity wrapper", () => {
    expect(new CoffeeDecorator(new Coffee()).cost()).toBe(500);
    expect(new CoffeeDecorator(new MilkDecorator(new Coffee())).cost()).toBe(600);
    expect(new MilkDecorator(new CoffeeDecorator(tea())).cost()).toBe(450);
  });

  it("asks the wrapped beverage on every call instead of remembering its price", () => {
    const filter = marketPrice(500);
    const withMilkLayer = new MilkDecorator(filter.beverage);
    const identity = new CoffeeDecorator(filter.beverage);
    expect(withMilkLayer.cost()).toBe(600);
    filter.set(550);
    expect(withMilkLayer.cost()).toBe(650);
    expect(identity.cost()).toBe(550);
  });

  it("leaves the wrapped beverage as it was", () => {
    const coffee = new Coffee();
    new MilkDecorator(new MilkDecorator(coffee)).cost();
    expect(coffee.cost()).toBe(500);
  });

  it("law: each milk layer adds exactly 100 cents, on any base price", () => {
    fc.assert(
      fc.property(basePrice, fc.nat({ max: 6 }), (cents, layers) => {
        let beverage = plain(cents);
        for (let i = 0; i < layers; i += 1) beverage = new MilkDecorator(beverage);
        expect(beverage.cost(), "cost in cents after the milk layers").toBe(cents + 100 * layers);
      }),
    );
  });

  it("law: an identity wrapper changes nothing", () => {
    // true: a milk layer, false: an identity layer.
    fc.assert(
      fc.property(basePrice, fc.array(fc.boolean(), { maxLength: 8 }), (cents, layers) => {
        const beverage = layers.reduce<Beverage>(
          (inner, milk) => (milk ? new MilkDecorator(inner) : new CoffeeDecorator(inner)),
          plain(cents),
        );
        expect(beverage.cost(), "cost in cents with the identity layers").toBe(
          cents + 100 * layers.filter(Boolean).length,
        );
      }),
    );
  });
});

describe("add-ons", () => {
  it("describes the coffee and each add-on it is wrapped in", () => {
    expect(new Coffee().description()).toBe("coffee");
    expect(new MilkDecorator(new Coffee()).description()).toBe("coffee, milk");
    expect(new SugarDecorator(new Coffee()).description()).toBe("coffee, sugar");
    expect(new ChocolateDecorator(new Coffee()).description()).toBe("coffee, chocolate");
    expect(new CoffeeDecorator(new Coffee()).description()).toBe("coffee");
  });

  it("prices sugar at 25 cents and chocolate at 75", () => {
    expect(new SugarDecorator(new Coffee()).cost()).toBe(525);
    expect(new ChocolateDecorator(new Coffee()).cost()).toBe(575);
    const everything = new ChocolateDecorator(new SugarDecorator(new MilkDecorator(new Coffee())));
    expect(everything.cost()).toBe(700);
    expect(everything.description()).toBe("coffee, milk, sugar, chocolate");
  });

  it("changes the description with the wrapping order, but not the cost", () => {
    const sugarThenMilk = new MilkDecorator(new SugarDecorator(new Coffee()));
    const milkThenSugar = new SugarDecorator(new MilkDecorator(new Coffee()));
    expect(sugarThenMilk.description()).toBe("coffee, sugar, milk");
    expect(milkThenSugar.description()).toBe("coffee, milk, sugar");
    expect(sugarThenMilk.cost()).toBe(625);
    expect(milkThenSugar.cost()).toBe(625);
  });

  it("wraps any beverage, not only a Coffee", () => {
    const sweetTea = new ChocolateDecorator(new SugarDecorator(tea()));
    expect(sweetTea.description()).toBe("tea, sugar, chocolate");
    expect(sweetTea.cost()).toBe(450);
  });

  it("writes a receipt line with the price in dollars and two-digit cents", () => {
    expect(receipt(new Coffee())).toBe("coffee: $5.00");
    expect(receipt(new SugarDecorator(new MilkDecorator(new Coffee())))).toBe(
      "coffee, milk, sugar: $6.25",
    );
    expect(receipt(plain(0, "water"))).toBe("water: $0.00");
    expect(receipt(plain(5, "water"))).toBe("water: $0.05");
    expect(receipt(plain(70, "espresso shot"))).toBe("espresso shot: $0.70");
    expect(receipt(plain(1_234, "pot"))).toBe("pot: $12.34");
    expect(receipt(plain(100_000, "urn"))).toBe("urn: $1000.00");
  });

  type Kind = "milk" | "sugar" | "chocolate";
  // The menu, written out by hand: the expected values in the laws come from here.
  const menu = {
    milk: { cents: 100, wrap: (b: Beverage) => new MilkDecorator(b) },
    sugar: { cents: 25, wrap: (b: Beverage) => new SugarDecorator(b) },
    chocolate: { cents: 75, wrap: (b: Beverage) => new ChocolateDecorator(b) },
  } satisfies Record<Kind, { cents: number; wrap: (b: Beverage) => Beverage }>;
  const kind = fc.constantFrom<Kind>("milk", "sugar", "chocolate");
  const order = (base: Beverage, kinds: readonly Kind[]): Beverage =>
    kinds.reduce((inner, k) => menu[k].wrap(inner), base);
  /** A list of add-ons and the same add-ons in another order. */
  const twoOrders = fc
    .array(kind, { maxLength: 8 })
    .chain((kinds) =>
      fc.tuple(fc.constant(kinds), fc.shuffledSubarray(kinds, { minLength: kinds.length })),
    );

  it("law: cost equals the base plus the sum of the add-ons, in any order", () => {
    fc.assert(
      fc.property(basePrice, twoOrders, (cents, [kinds, shuffled]) => {
        const sum = kinds.reduce((total, k) => total + menu[k].cents, 0);
        expect(order(plain(cents), kinds).cost(), "cost in cents of the order").toBe(cents + sum);
        expect(order(plain(cents), shuffled).cost(), "cost in cents of the order shuffled").toBe(
          cents + sum,
        );
      }),
    );
  });

  it("law: the description lists the add-ons in wrapping order", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(kind, { maxLength: 8 }), (name, kinds) => {
        expect(order(plain(500, name), kinds).description(), "description of the order").toBe(
          [name, ...kinds].join(", "),
        );
      }),
    );
  });

  it("law: an identity wrapper changes nothing", () => {
    const layer = fc.option(kind, { nil: "identity" as const });
    fc.assert(
      fc.property(basePrice, fc.array(layer, { maxLength: 8 }), (cents, layers) => {
        const withIdentity = layers.reduce<Beverage>(
          (inner, l) => (l === "identity" ? new CoffeeDecorator(inner) : menu[l].wrap(inner)),
          plain(cents),
        );
        const without = order(
          plain(cents),
          layers.filter((l): l is Kind => l !== "identity"),
        );
        expect(withIdentity.cost(), "cost in cents with the identity layers").toBe(without.cost());
        expect(withIdentity.description(), "description with the identity layers").toBe(
          without.description(),
        );
      }),
    );
  });
});

describe("compose", () => {
  it("turns each add-on into a function from beverage to beverage", () => {
    const milky = withMilk(new Coffee());
    expect(milky.description()).toBe("coffee, milk");
    expect(milky.cost()).toBe(600);
    expect(withSugar(new Coffee()).cost()).toBe(525);
    expect(withSugar(new Coffee()).description()).toBe("coffee, sugar");
    expect(withChocolate(new Coffee()).cost()).toBe(575);
    expect(withChocolate(new Coffee()).description()).toBe("coffee, chocolate");
  });

  it("makes new add-ons from a name and a price", () => {
    const cinnamon = addOn("cinnamon", 30)(new Coffee());
    expect(cinnamon.description()).toBe("coffee, cinnamon");
    expect(cinnamon.cost()).toBe(530);
  });

  it("pipes add-ons left to right, the first one innermost", () => {
    const mocha = pipe(withMilk, withChocolate);
    expect(mocha(new Coffee()).description()).toBe("coffee, milk, chocolate");
    expect(mocha(new Coffee()).cost()).toBe(675);
    const special = pipe(withSugar, mocha, addOn("cinnamon", 30))(new Coffee());
    expect(special.description()).toBe("coffee, sugar, milk, chocolate, cinnamon");
    expect(special.cost()).toBe(730);
  });

  it("pipes nothing into the identity", () => {
    const same = pipe()(new Coffee());
    expect(same.description()).toBe("coffee");
    expect(same.cost()).toBe(500);
  });

  it("mixes class wrappers and function add-ons, since both are Beverages", () => {
    const a = withMilk(new SugarDecorator(new Coffee()));
    expect([a.description(), a.cost()]).toEqual(["coffee, sugar, milk", 625]);
    const b = new ChocolateDecorator(withMilk(tea()));
    expect([b.description(), b.cost()]).toEqual(["tea, milk, chocolate", 525]);
  });

  it("asks the wrapped beverage on every call instead of remembering its price", () => {
    const filter = marketPrice(500);
    const order = pipe(withMilk, withSugar)(filter.beverage);
    expect(order.cost()).toBe(625);
    filter.set(550);
    expect(order.cost()).toBe(675);
    expect(order.description()).toBe("filter coffee, milk, sugar");
  });

  const extra = fc.record({ name: fc.string(), cents: fc.nat({ max: 10_000 }) });
  const extras = fc.array(extra, { maxLength: 6 });
  type Extra = { name: string; cents: number };
  const toAddOns = (items: readonly Extra[]): AddOn[] =>
    items.map(({ name, cents }) => addOn(name, cents));
  const apply = (base: Beverage, items: readonly Extra[]): Beverage =>
    pipe(...toAddOns(items))(base);

  it("law: cost equals the base plus the sum of the add-ons, in any order", () => {
    const twoOrders = extras.chain((items) =>
      fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
    );
    fc.assert(
      fc.property(basePrice, twoOrders, (cents, [items, shuffled]) => {
        const sum = items.reduce((total, item) => total + item.cents, 0);
        expect(apply(plain(cents), items).cost(), "cost in cents of the piped add-ons").toBe(
          cents + sum,
        );
        expect(
          apply(plain(cents), shuffled).cost(),
          "cost in cents of the piped add-ons shuffled",
        ).toBe(cents + sum);
      }),
    );
  });

  it("law: the description lists the add-ons in wrapping order", () => {
    fc.assert(
      fc.property(fc.string(), extras, (name, items) => {
        const expected = [name, ...items.map((item) => item.name)].join(", ");
        expect(
          apply(plain(500, name), items).description(),
          "description of the piped add-ons",
        ).toBe(expected);
      }),
    );
  });

  it("law: an identity wrapper changes nothing", () => {
    fc.assert(
      fc.property(basePrice, fc.string(), extras, extras, (cents, name, before, after) => {
        const base = plain(cents, name);
        const same = pipe()(base);
        expect(same.cost(), "cost in cents through pipe()").toBe(cents);
        expect(same.description(), "description through pipe()").toBe(name);
        const padded = pipe(...toAddOns(before), pipe(), ...toAddOns(after))(base);
        const direct = apply(base, [...before, ...after]);
        expect(padded.cost(), "cost in cents with pipe() in the middle").toBe(direct.cost());
        expect(padded.description(), "description with pipe() in the middle").toBe(
          direct.description(),
        );
      }),
    );
  });

  it("law: grouping add-ons with pipe does not change the order", () => {
    fc.assert(
      fc.property(extras, extras, extras, (xs, ys, zs) => {
        const [x, y, z] = [pipe(...toAddOns(xs)), pipe(...toAddOns(ys)), pipe(...toAddOns(zs))];
        const left = pipe(pipe(x, y), z)(new Coffee());
        const right = pipe(x, pipe(y, z))(new Coffee());
        const names = [...xs, ...ys, ...zs].map((item) => item.name);
        expect(left.description(), "description of pipe(pipe(x, y), z)").toBe(
          ["coffee", ...names].join(", "),
        );
        expect(right.description(), "description of pipe(x, pipe(y, z))").toBe(left.description());
        expect(right.cost(), "cost in cents of pipe(x, pipe(y, z))").toBe(left.cost());
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/decorator/original.py, line by line.
  const transcript = [
    "500",
    "600",
    "coffee: $5.00",
    "coffee, milk: $6.00",
    "coffee, milk, sugar, chocolate: $7.00",
    "coffee, sugar, milk: $6.25",
    "coffee, milk, milk: $7.00",
    "coffee: $5.00",
    "coffee, milk, chocolate: $6.75",
    "coffee, sugar, milk, chocolate, cinnamon: $7.30",
    "coffee: $5.00",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
