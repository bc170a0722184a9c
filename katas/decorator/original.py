"""Decorator: a coffee order wrapped in milk, sugar and chocolate, one layer at a time."""

from functools import reduce

# Prices are whole cents. Integer sums are exact in any order; sums of float dollars are not
# (0.1 + 0.2 + 0.3 != 0.1 + (0.2 + 0.3)).


class Coffee:
    def cost(self):
        return 500

    def description(self):
        return "coffee"


class CoffeeDecorator:
    """Wraps a beverage and changes nothing; each add-on overrides what it adds."""

    def __init__(self, beverage):
        self.beverage = beverage

    def cost(self):
        return self.beverage.cost()

    def description(self):
        return self.beverage.description()


class MilkDecorator(CoffeeDecorator):
    def cost(self):
        return super().cost() + 100

    def description(self):
        return f"{super().description()}, milk"


class SugarDecorator(CoffeeDecorator):
    def cost(self):
        return super().cost() + 25

    def description(self):
        return f"{super().description()}, sugar"


class ChocolateDecorator(CoffeeDecorator):
    def cost(self):
        return super().cost() + 75

    def description(self):
        return f"{super().description()}, chocolate"


def price(cents):
    return f"${cents // 100}.{cents % 100:02d}"


def receipt(beverage):
    return f"{beverage.description()}: {price(beverage.cost())}"


coffee = Coffee()
print(coffee.cost())
milk_coffee = MilkDecorator(coffee)
print(milk_coffee.cost())
print(receipt(coffee))
print(receipt(milk_coffee))
print(receipt(ChocolateDecorator(SugarDecorator(MilkDecorator(Coffee())))))
print(receipt(MilkDecorator(SugarDecorator(Coffee()))))
print(receipt(MilkDecorator(MilkDecorator(Coffee()))))
print(receipt(CoffeeDecorator(Coffee())))


# The same idea with functions: an add-on is a function from a beverage to a beverage, and an
# order is those functions applied left to right.
class AddOn(CoffeeDecorator):
    def __init__(self, beverage, name, cents):
        super().__init__(beverage)
        self.name = name
        self.cents = cents

    def cost(self):
        return super().cost() + self.cents

    def description(self):
        return f"{super().description()}, {self.name}"


def add_on(name, cents):
    return lambda beverage: AddOn(beverage, name, cents)


def pipe(*add_ons):
    return lambda beverage: reduce(lambda wrapped, wrap: wrap(wrapped), add_ons, beverage)


with_milk = add_on("milk", 100)
with_sugar = add_on("sugar", 25)
with_chocolate = add_on("chocolate", 75)
mocha = pipe(with_milk, with_chocolate)
print(receipt(mocha(Coffee())))
print(receipt(pipe(with_sugar, mocha, add_on("cinnamon", 30))(Coffee())))
print(receipt(pipe()(Coffee())))
