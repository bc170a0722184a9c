// Mistake: no runtime check in arrangeRoom, because "the types already forbid mixing". They do
// for pieces written in code; pieces whose family was chosen at run time type as either family,
// and a mixed room slips through.
import {
  type AnyFurnitureFactory,
  type Chair,
  demo,
  type Family,
  type FurnitureFactory,
  factoryFor,
  families,
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
  demo,
  factoryFor,
  families,
  MixedFamiliesError,
  modernFurniture,
  UnknownFamilyError,
  victorianFurniture,
};

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
