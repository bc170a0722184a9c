// Abstract-factory kata: port the furniture factories from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test abstract-factory`. The types and error
// classes are given complete; replace each `throw` below with your code.

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

export const modernFurniture: FurnitureFactory<"modern"> = {
  family: "modern",
  createChair() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement modernFurniture.createChair");
  },
  createTable() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement modernFurniture.createTable");
  },
  createSofa() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement modernFurniture.createSofa");
  },
};

export const victorianFurniture: FurnitureFactory<"victorian"> = {
  family: "victorian",
  createChair() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement victorianFurniture.createChair");
  },
  createTable() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement victorianFurniture.createTable");
  },
  createSofa() {
    // TODO step 1 (two-families)
    throw new Error("TODO step 1 (two-families): implement victorianFurniture.createSofa");
  },
};

/** `NoInfer` makes the chair alone fix the family, so mixed pieces do not compile. */
export function arrangeRoom<F extends Family>(
  chair: Chair<F>,
  table: Table<NoInfer<F>>,
  sofa: Sofa<NoInfer<F>>,
): Room<F> {
  // TODO step 2 (matching-room)
  throw new Error("TODO step 2 (matching-room): implement arrangeRoom");
}

export function furnishRoom<F extends Family>(factory: FurnitureFactory<F>): Room<F> {
  // TODO step 2 (matching-room)
  throw new Error("TODO step 2 (matching-room): implement furnishRoom");
}

export function factoryFor(family: string): AnyFurnitureFactory {
  // TODO step 3 (choose-at-run-time)
  throw new Error("TODO step 3 (choose-at-run-time): implement factoryFor");
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
