// Mistake: a "helpful" default. An unknown family name quietly gets the modern factory, so a
// customer who asked for art deco is sold modern furniture and nobody is told.
export * from "../abstract-factory.ts";

import {
  type AnyFurnitureFactory,
  modernFurniture,
  victorianFurniture,
} from "../abstract-factory.ts";

export function factoryFor(family: string): AnyFurnitureFactory {
  return family === "victorian" ? victorianFurniture : modernFurniture;
}
