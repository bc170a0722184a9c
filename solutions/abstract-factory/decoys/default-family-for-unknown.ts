// Mistake: a "helpful" default. An unknown family name quietly gets the modern factory, so a
// customer who asked for art deco is sold modern furniture and nobody is told.
import {
  type AnyFurnitureFactory,
  arrangeRoom,
  type Chair,
  demo,
  type Family,
  type FurnitureFactory,
  families,
  furnishRoom,
  MixedFamiliesError,
  modernFurniture,
  type Room,
  type Sofa,
  type Table,
  UnknownFamilyError,
  victorianFurniture,
} from "../abstract-factory.ts";

export type { AnyFurnitureFactory, Chair, Family, FurnitureFactory, Room, Sofa, Table };
export {
  arrangeRoom,
  demo,
  families,
  furnishRoom,
  MixedFamiliesError,
  modernFurniture,
  UnknownFamilyError,
  victorianFurniture,
};

export function factoryFor(family: string): AnyFurnitureFactory {
  return family === "victorian" ? victorianFurniture : modernFurniture;
}
