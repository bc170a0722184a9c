/** The furniture families; the union type below is read off this list: `families[0] // "modern"`. */
export const families = ["modern", "victorian"] as const;

/** `"modern" | "victorian"`. */
export type Family = (typeof families)[number];

// The family is a type parameter of every product, so `Chair<"modern">` and
// `Chair<"victorian">` are different types and the compiler can tell a mixed room.

/** A chair of one family: `modernFurniture.createChair().sit() // "Sitting on a modern chair"`. */
export interface Chair<F extends Family> {
  readonly family: F;
  sit(): string;
}

/** A table of one family: `victorianFurniture.createTable().eatAt()`. */
export interface Table<F extends Family> {
  readonly family: F;
  eatAt(): string;
}

/** A sofa of one family: `modernFurniture.createSofa().lieOn() // "Lying on a modern sofa"`. */
export interface Sofa<F extends Family> {
  readonly family: F;
  lieOn(): string;
}

/** The abstract factory: one creator per product, all of one family. */
export interface FurnitureFactory<F extends Family> {
  readonly family: F;
  createChair(): Chair<F>;
  createTable(): Table<F>;
  createSofa(): Sofa<F>;
}

/** The factory of some one family, never a mix: `FurnitureFactory<"modern"> | FurnitureFactory<"victorian">`. */
export type AnyFurnitureFactory = { [F in Family]: FurnitureFactory<F> }[Family];

/** A furnished room: three pieces of its one family. */
export interface Room<F extends Family> {
  readonly family: F;
  readonly chair: Chair<F>;
  readonly table: Table<F>;
  readonly sofa: Sofa<F>;
}

/** Thrown when a room's pieces come from several families: `.families // ["modern", "victorian"]`. */
export class MixedFamiliesError extends Error {
  override readonly name = "MixedFamiliesError";

  constructor(readonly families: readonly Family[]) {
    super(`a room mixes families: ${families.join(", ")}`);
  }
}

/** Thrown for a family name outside the union, which it carries: `.family // "art deco"`. */
export class UnknownFamilyError extends Error {
  override readonly name = "UnknownFamilyError";

  constructor(readonly family: string) {
    super(
      `unknown furniture family ${JSON.stringify(family)}: expected one of ${families.join(", ")}`,
    );
  }
}

// TypeScript is structural: a product is any object of the right shape, so the factories are
// plain objects of creators, where Python needs a class per product per family.

/** Builds modern pieces, a new one per call: `modernFurniture.createSofa().family // "modern"`. */
export const modernFurniture: FurnitureFactory<"modern"> = {
  family: "modern",
  createChair: () => ({ family: "modern", sit: () => "Sitting on a modern chair" }),
  createTable: () => ({ family: "modern", eatAt: () => "Eating at a modern table" }),
  createSofa: () => ({ family: "modern", lieOn: () => "Lying on a modern sofa" }),
};

/** Builds victorian pieces, a new one per call: `victorianFurniture.createChair().family // "victorian"`. */
export const victorianFurniture: FurnitureFactory<"victorian"> = {
  family: "victorian",
  createChair: () => ({ family: "victorian", sit: () => "Sitting on a victorian chair" }),
  createTable: () => ({ family: "victorian", eatAt: () => "Eating at a victorian table" }),
  createSofa: () => ({ family: "victorian", lieOn: () => "Lying on a victorian sofa" }),
};

/**
 * Puts three pieces of one family into a room, or throws `MixedFamiliesError`:
 * `arrangeRoom(chair, table, sofa).family`. `NoInfer` makes the chair alone fix the family,
 * so a victorian table next to a modern chair is a compile error.
 */
export function arrangeRoom<F extends Family>(
  chair: Chair<F>,
  table: Table<NoInfer<F>>,
  sofa: Sofa<NoInfer<F>>,
): Room<F> {
  // Pieces from a factory chosen at run time (by a customer, from JSON) type as either family,
  // so F becomes the whole union and the compiler cannot tell; the families are checked here too.
  const found = [...new Set([chair.family, table.family, sofa.family])];
  if (found.length > 1) throw new MixedFamiliesError(found.toSorted());
  return { family: chair.family, chair, table, sofa };
}

/** The client: knows only the abstract factory, never a family: `furnishRoom(victorianFurniture)`. */
export function furnishRoom<F extends Family>(factory: FurnitureFactory<F>): Room<F> {
  return arrangeRoom(factory.createChair(), factory.createTable(), factory.createSofa());
}

// A mapped type, not `Record<Family, AnyFurnitureFactory>`: that would also accept the
// victorian factory under the "modern" key.
const factories = {
  modern: modernFurniture,
  victorian: victorianFurniture,
} satisfies { readonly [F in Family]: FurnitureFactory<F> };

function isFamily(value: string): value is Family {
  const known: readonly string[] = families;
  return known.includes(value);
}

/** The factory for a family named at run time, or throws: `factoryFor("art deco") // UnknownFamilyError`. */
export function factoryFor(family: string): AnyFurnitureFactory {
  if (!isFamily(family)) throw new UnknownFamilyError(family);
  return factories[family];
}

/** The lines `original.py` prints, in order: `demo()[3] // "art deco: no such family"`. */
export function demo(): string[] {
  const rooms = ["modern", "victorian", "art deco"].map((style) => {
    try {
      const room = furnishRoom(factoryFor(style));
      return `${style}: ${room.chair.sit()}; ${room.table.eatAt()}; ${room.sofa.lieOn()}`;
    } catch (error) {
      // Python checks `FACTORIES.get(style)` for None; here only the one typed error is expected.
      if (error instanceof UnknownFamilyError) return `${style}: no such family`;
      throw error;
    }
  });
  let mixed = "";
  try {
    // Written with modernFurniture directly, this line would not compile: the families are
    // chosen by name at run time, so only the runtime check can catch the victorian sofa.
    arrangeRoom(
      factoryFor("modern").createChair(),
      factoryFor("modern").createTable(),
      factoryFor("victorian").createSofa(),
    );
  } catch (error) {
    if (!(error instanceof MixedFamiliesError)) throw error;
    mixed = error.message;
  }
  return [modernFurniture.createChair().sit(), ...rooms, mixed];
}
