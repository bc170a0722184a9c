// Mistake: no runtime check in arrangeRoom, because "the types already forbid mixing". They do
// for pieces written in code; pieces whose family was chosen at run time type as either family,
// and a mixed room slips through.
export * from "../abstract-factory.ts";

import type { Chair, Family, FurnitureFactory, Room, Sofa, Table } from "../abstract-factory.ts";

export function arrangeRoom<F extends Family>(
  chair: Chair<F>,
  table: Table<NoInfer<F>>,
  sofa: Sofa<NoInfer<F>>,
): Room<F> {
  return { family: chair.family, chair, table, sofa };
}

export function furnishRoom<F extends Family>(factory: FurnitureFactory<F>): Room<F> {
  return arrangeRoom(factory.createChair(), factory.createTable(), factory.createSofa());
}
