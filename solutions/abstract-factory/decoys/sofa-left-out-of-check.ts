// Mistake: the family check was written when a room had a chair and a table, and the sofa was
// added later without joining it. A modern chair and table with a victorian sofa pass.
export * from "../abstract-factory.ts";

import {
  type Chair,
  type Family,
  type FurnitureFactory,
  MixedFamiliesError,
  type Room,
  type Sofa,
  type Table,
} from "../abstract-factory.ts";

export function arrangeRoom<F extends Family>(
  chair: Chair<F>,
  table: Table<NoInfer<F>>,
  sofa: Sofa<NoInfer<F>>,
): Room<F> {
  if (chair.family !== table.family) {
    throw new MixedFamiliesError([chair.family, table.family].toSorted());
  }
  return { family: chair.family, chair, table, sofa };
}

export function furnishRoom<F extends Family>(factory: FurnitureFactory<F>): Room<F> {
  return arrangeRoom(factory.createChair(), factory.createTable(), factory.createSofa());
}
