import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnyFurnitureFactory,
  arrangeRoom,
  demo,
  type Family,
  factoryFor,
  furnishRoom,
  MixedFamiliesError,
  modernFurniture,
  UnknownFamilyError,
  victorianFurniture,
} from "#kata/abstract-factory";

// Written by hand, not read from the code under test.
const names: readonly Family[] = ["modern", "victorian"];
const byFamily: { readonly [F in Family]: AnyFurnitureFactory } = {
  modern: modernFurniture,
  victorian: victorianFurniture,
};
const other = { modern: "victorian", victorian: "modern" } satisfies Record<Family, Family>;

type Piece = "chair" | "table" | "sofa";
const piece = fc.constantFrom<Piece>("chair", "table", "sofa");
const family = fc.constantFrom(...names);

/** A client written against the abstract factory only: what it sees of each piece it orders. */
function use(factory: AnyFurnitureFactory, orders: readonly Piece[]): string[] {
  return orders.map((order) => {
    if (order === "chair") {
      const chair = factory.createChair();
      return `${chair.family}|${chair.sit()}`;
    }
    if (order === "table") {
      const table = factory.createTable();
      return `${table.family}|${table.eatAt()}`;
    }
    const sofa = factory.createSofa();
    return `${sofa.family}|${sofa.lieOn()}`;
  });
}

/** The typed error `run` throws; any other outcome fails the test, naming itself. */
function errorOf<E extends Error>(kind: new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected ${kind.name}, but nothing was thrown`);
}

describe("two-families", () => {
  it("builds modern pieces", () => {
    expect(modernFurniture.family).toBe("modern");
    const chair = modernFurniture.createChair();
    expect(chair.family).toBe("modern");
    expect(chair.sit()).toBe("Sitting on a modern chair");
    const table = modernFurniture.createTable();
    expect(table.family).toBe("modern");
    expect(table.eatAt()).toBe("Eating at a modern table");
    const sofa = modernFurniture.createSofa();
    expect(sofa.family).toBe("modern");
    expect(sofa.lieOn()).toBe("Lying on a modern sofa");
  });

  it("builds victorian pieces", () => {
    expect(victorianFurniture.family).toBe("victorian");
    const chair = victorianFurniture.createChair();
    expect(chair.family).toBe("victorian");
    expect(chair.sit()).toBe("Sitting on a victorian chair");
    const table = victorianFurniture.createTable();
    expect(table.family).toBe("victorian");
    expect(table.eatAt()).toBe("Eating at a victorian table");
    const sofa = victorianFurniture.createSofa();
    expect(sofa.family).toBe("victorian");
    expect(sofa.lieOn()).toBe("Lying on a victorian sofa");
  });

  it("builds a new piece on every call", () => {
    expect(modernFurniture.createChair()).not.toBe(modernFurniture.createChair());
    expect(victorianFurniture.createSofa()).not.toBe(victorianFurniture.createSofa());
  });

  it("law: all products of one factory share its family", () => {
    fc.assert(
      fc.property(family, fc.array(piece, { maxLength: 8 }), (f, orders) => {
        const factory = byFamily[f];
        expect(factory.family, "family of the factory").toBe(f);
        for (const seen of use(factory, orders))
          expect(seen.split("|")[0], "family of each piece it made").toBe(f);
      }),
    );
  });

  it("law: swapping the factory changes only family-tagged output", () => {
    fc.assert(
      fc.property(family, fc.array(piece, { maxLength: 8 }), (f, orders) => {
        const swapped = use(byFamily[f], orders).map((line) => line.replaceAll(f, other[f]));
        expect(swapped, "output of one family, with the family names swapped").toEqual(
          use(byFamily[other[f]], orders),
        );
      }),
    );
  });
});

describe("matching-room", () => {
  it("furnishes a room from one factory", () => {
    const room = furnishRoom(victorianFurniture);
    expect(room.family).toBe("victorian");
    expect(room.chair.sit()).toBe("Sitting on a victorian chair");
    expect(room.table.eatAt()).toBe("Eating at a victorian table");
    expect(room.sofa.lieOn()).toBe("Lying on a victorian sofa");
    expect(furnishRoom(modernFurniture).sofa.lieOn()).toBe("Lying on a modern sofa");
  });

  it("arranges matching pieces into a room, as they are", () => {
    const chair = modernFurniture.createChair();
    const table = modernFurniture.createTable();
    const sofa = modernFurniture.createSofa();
    const room = arrangeRoom(chair, table, sofa);
    expect(room.family).toBe("modern");
    expect(room.chair).toBe(chair);
    expect(room.table).toBe(table);
    expect(room.sofa).toBe(sofa);
  });

  it("refuses pieces whose families were chosen at run time and do not match", () => {
    // Typed as either family, so the compiler cannot tell; the runtime check must.
    const chosen = (name: Family): AnyFurnitureFactory => byFamily[name];
    const error = errorOf(MixedFamiliesError, () =>
      arrangeRoom(
        chosen("modern").createChair(),
        chosen("modern").createTable(),
        chosen("victorian").createSofa(),
      ),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("MixedFamiliesError");
    expect(error.families).toEqual(["modern", "victorian"]);
    expect(error.message).toBe("a room mixes families: modern, victorian");
    expect(() =>
      arrangeRoom(
        chosen("victorian").createChair(),
        chosen("modern").createTable(),
        chosen("victorian").createSofa(),
      ),
    ).toThrow(MixedFamiliesError);
  });

  it("law: a room is accepted exactly when its three pieces share one family", () => {
    fc.assert(
      fc.property(family, family, family, (c, t, s) => {
        const chair = byFamily[c].createChair();
        const table = byFamily[t].createTable();
        const sofa = byFamily[s].createSofa();
        if (c === t && t === s) {
          const room = arrangeRoom(chair, table, sofa);
          expect(room.family, "family of the room").toBe(c);
          expect([room.chair, room.table, room.sofa], "pieces of the room").toEqual([
            chair,
            table,
            sofa,
          ]);
          expect(room.sofa, "sofa of the room").toBe(sofa);
        } else {
          const error = errorOf(MixedFamiliesError, () => arrangeRoom(chair, table, sofa));
          expect(error.families, "families the MixedFamiliesError names").toEqual([
            "modern",
            "victorian",
          ]);
        }
      }),
    );
  });

  it("law: a furnished room's pieces all share its factory's family", () => {
    fc.assert(
      fc.property(family, (f) => {
        const room = furnishRoom(byFamily[f]);
        expect(room.family, "family of the room").toBe(f);
        expect(
          [room.chair.family, room.table.family, room.sofa.family],
          "families of chair, table and sofa",
        ).toEqual([f, f, f]);
        expect(room.chair.sit(), "what sitting on the chair says").toBe(`Sitting on a ${f} chair`);
        expect(room.table.eatAt(), "what eating at the table says").toBe(`Eating at a ${f} table`);
        expect(room.sofa.lieOn(), "what lying on the sofa says").toBe(`Lying on a ${f} sofa`);
      }),
    );
  });
});

describe("choose-at-run-time", () => {
  // Near misses and the keys every object inherits, mixed with arbitrary strings.
  const known: readonly string[] = names;
  const notAFamily = fc
    .oneof(
      fc.constantFrom(
        "art deco",
        "Modern",
        "VICTORIAN",
        " modern",
        "",
        "toString",
        "constructor",
        "__proto__",
        "valueOf",
      ),
      fc.string(),
    )
    .filter((s) => !known.includes(s));

  it("finds the factory for each family by name", () => {
    expect(factoryFor("modern")).toBe(modernFurniture);
    expect(factoryFor("victorian")).toBe(victorianFurniture);
  });

  it("rejects an unknown family with a typed error that carries it", () => {
    const error = errorOf(UnknownFamilyError, () => factoryFor("art deco"));
    expect(error).toBeInstanceOf(Error);
    expect(error.family).toBe("art deco");
    expect(error.name).toBe("UnknownFamilyError");
    expect(error.message).toBe(
      'unknown furniture family "art deco": expected one of modern, victorian',
    );
  });

  it("has no default family and no inherited keys", () => {
    expect(() => factoryFor("")).toThrow(UnknownFamilyError);
    expect(() => factoryFor("Modern")).toThrow(UnknownFamilyError);
    expect(() => factoryFor("toString")).toThrow(UnknownFamilyError);
    expect(() => factoryFor("constructor")).toThrow(UnknownFamilyError);
  });

  it("law: a family named at run time furnishes a room of that family", () => {
    fc.assert(
      fc.property(family, (f) => {
        const room = furnishRoom(factoryFor(f));
        expect(room.family, "family of the room").toBe(f);
        expect(room.chair.sit(), "what sitting on the chair says").toBe(`Sitting on a ${f} chair`);
      }),
    );
  });

  it("law: any string outside the union is rejected", () => {
    fc.assert(
      fc.property(notAFamily, (s) => {
        expect(
          errorOf(UnknownFamilyError, () => factoryFor(s)).family,
          "family the UnknownFamilyError names",
        ).toBe(s);
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/abstract-factory/original.py, line by line.
  const transcript = [
    "Sitting on a modern chair",
    "modern: Sitting on a modern chair; Eating at a modern table; Lying on a modern sofa",
    "victorian: Sitting on a victorian chair; Eating at a victorian table; Lying on a victorian sofa",
    "art deco: no such family",
    "a room mixes families: modern, victorian",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
