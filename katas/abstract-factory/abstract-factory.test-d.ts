import { expectTypeOf } from "vitest";
import {
  type AnyFurnitureFactory,
  arrangeRoom,
  type Chair,
  type Family,
  type FurnitureFactory,
  factoryFor,
  furnishRoom,
  modernFurniture,
  type Room,
  type Sofa,
  type Table,
  victorianFurniture,
} from "#kata/abstract-factory";

expectTypeOf<Family>().toEqualTypeOf<"modern" | "victorian">();

// The family is part of every product's type.
expectTypeOf(modernFurniture.createChair()).toEqualTypeOf<Chair<"modern">>();
expectTypeOf(victorianFurniture.createTable()).toEqualTypeOf<Table<"victorian">>();
expectTypeOf(victorianFurniture.createSofa().family).toEqualTypeOf<"victorian">();
expectTypeOf<Chair<"modern">>().not.toEqualTypeOf<Chair<"victorian">>();
// @ts-expect-error: "art deco" is not a Family, so there is no such chair type.
export type ArtDecoChair = Chair<"art deco">;

// Mixing families in code is a compile error.
arrangeRoom(
  modernFurniture.createChair(),
  modernFurniture.createTable(),
  modernFurniture.createSofa(),
);
arrangeRoom(
  modernFurniture.createChair(),
  // @ts-expect-error: a victorian table cannot join a modern chair's room.
  victorianFurniture.createTable(),
  modernFurniture.createSofa(),
);
arrangeRoom(
  victorianFurniture.createChair(),
  victorianFurniture.createTable(),
  // @ts-expect-error: a modern sofa cannot join a victorian chair's room.
  modernFurniture.createSofa(),
);
export const parlour: Room<"victorian"> = {
  family: "victorian",
  chair: victorianFurniture.createChair(),
  table: victorianFurniture.createTable(),
  // @ts-expect-error: a victorian room holds only a victorian sofa.
  sofa: modernFurniture.createSofa(),
};

// A factory can only make its own family's pieces.
export const forged: FurnitureFactory<"victorian"> = {
  ...victorianFurniture,
  // @ts-expect-error: the victorian factory's sofa must be a victorian sofa.
  createSofa: (): Sofa<"modern"> => modernFurniture.createSofa(),
};

// The client keeps the family it was given.
expectTypeOf(furnishRoom(modernFurniture)).toEqualTypeOf<Room<"modern">>();
expectTypeOf(furnishRoom(victorianFurniture).chair).toEqualTypeOf<Chair<"victorian">>();
// @ts-expect-error: a victorian room is not a modern room.
export const study: Room<"modern"> = furnishRoom(victorianFurniture);

// A family named at run time gives one family's factory, never a factory of mixed pieces.
expectTypeOf(factoryFor).parameter(0).toEqualTypeOf<string>();
expectTypeOf(factoryFor("modern")).toEqualTypeOf<AnyFurnitureFactory>();
expectTypeOf<AnyFurnitureFactory>().toEqualTypeOf<
  FurnitureFactory<"modern"> | FurnitureFactory<"victorian">
>();
