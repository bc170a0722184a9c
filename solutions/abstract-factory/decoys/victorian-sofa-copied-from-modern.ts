// Mistake: the victorian factory's createSofa was copied from the modern one and never fixed.
// Typed loosely as `FurnitureFactory<Family>`, the slip compiles; `FurnitureFactory<"victorian">`
// would have refused it.
export * from "../abstract-factory.ts";

import type { Family, FurnitureFactory } from "../abstract-factory.ts";

export const victorianFurniture: FurnitureFactory<Family> = {
  family: "victorian",
  createChair: () => ({ family: "victorian", sit: () => "Sitting on a victorian chair" }),
  createTable: () => ({ family: "victorian", eatAt: () => "Eating at a victorian table" }),
  createSofa: () => ({ family: "modern", lieOn: () => "Lying on a modern sofa" }),
};
