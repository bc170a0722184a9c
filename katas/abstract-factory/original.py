"""Abstract factory: furniture families (modern, victorian) whose pieces always match."""

from abc import ABC, abstractmethod
from dataclasses import dataclass


class Chair(ABC):
    family = None

    @abstractmethod
    def sit(self): ...


class Table(ABC):
    family = None

    @abstractmethod
    def eat_at(self): ...


class Sofa(ABC):
    family = None

    @abstractmethod
    def lie_on(self): ...


class ModernChair(Chair):
    family = "modern"

    def sit(self):
        return "Sitting on a modern chair"


class ModernTable(Table):
    family = "modern"

    def eat_at(self):
        return "Eating at a modern table"


class ModernSofa(Sofa):
    family = "modern"

    def lie_on(self):
        return "Lying on a modern sofa"


class VictorianChair(Chair):
    family = "victorian"

    def sit(self):
        return "Sitting on a victorian chair"


class VictorianTable(Table):
    family = "victorian"

    def eat_at(self):
        return "Eating at a victorian table"


class VictorianSofa(Sofa):
    family = "victorian"

    def lie_on(self):
        return "Lying on a victorian sofa"


class FurnitureFactory(ABC):
    family = None

    @abstractmethod
    def create_chair(self): ...

    @abstractmethod
    def create_table(self): ...

    @abstractmethod
    def create_sofa(self): ...


class ModernFurnitureFactory(FurnitureFactory):
    family = "modern"

    def create_chair(self):
        return ModernChair()

    def create_table(self):
        return ModernTable()

    def create_sofa(self):
        return ModernSofa()


class VictorianFurnitureFactory(FurnitureFactory):
    family = "victorian"

    def create_chair(self):
        return VictorianChair()

    def create_table(self):
        return VictorianTable()

    def create_sofa(self):
        return VictorianSofa()


class MixedFamiliesError(ValueError):
    pass


@dataclass(frozen=True)
class Room:
    family: str
    chair: Chair
    table: Table
    sofa: Sofa


def arrange_room(chair, table, sofa):
    # Nothing stops a caller from passing pieces of different families, so check at run time.
    families = sorted({chair.family, table.family, sofa.family})
    if len(families) > 1:
        raise MixedFamiliesError(f"a room mixes families: {', '.join(families)}")
    return Room(chair.family, chair, table, sofa)


def furnish_room(factory):
    # The client knows only the abstract factory; the factory decides the family.
    return arrange_room(factory.create_chair(), factory.create_table(), factory.create_sofa())


FACTORIES = {"modern": ModernFurnitureFactory(), "victorian": VictorianFurnitureFactory()}

print(ModernFurnitureFactory().create_chair().sit())
for style in ["modern", "victorian", "art deco"]:
    factory = FACTORIES.get(style)
    if factory is None:
        print(f"{style}: no such family")
        continue
    room = furnish_room(factory)
    print(f"{style}: {room.chair.sit()}; {room.table.eat_at()}; {room.sofa.lie_on()}")

try:
    arrange_room(ModernChair(), ModernTable(), VictorianSofa())
except MixedFamiliesError as error:
    print(error)
