// Mistake: the victorian factory's createSofa was copied from the modern one and never fixed.
// Typed loosely as `FurnitureFactory<Family>`, the slip compiles; `FurnitureFactory<"victorian">`
// would have refused it.
import {
  type AnyFurnitureFactory,
  arrangeRoom,
  type Chair,
  demo,
  type Family,
  type FurnitureFactory,
  factoryFor,
  families,
  furnishRoom,
  MixedFamiliesError,
  modernFurniture,
  type Room,
  type Sofa,
  type Table,
  UnknownFamilyError,
} from "../abstract-factory.ts";

export type { AnyFurnitureFactory, Chair, Family, FurnitureFactory, Room, Sofa, Table };
export {
  arrangeRoom,
  demo,
  factoryFor,
  families,
  furnishRoom,
  MixedFamiliesError,
  modernFurniture,
  UnknownFamilyError,
};

export const victorianFurniture: FurnitureFactory<Family> = {
  family: "victorian",
  createChair: () => ({ family: "victorian", sit: () => "Sitting on a victorian chair" }),
  createTable: () => ({ family: "victorian", eatAt: () => "Eating at a victorian table" }),
  createSofa: () => ({ family: "modern", lieOn: () => "Lying on a modern sofa" }),
};
