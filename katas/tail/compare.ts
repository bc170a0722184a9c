// `kata compare tail` drives your module and the reference with the same generated files and
// selections (one file or several) and shows the first case on which they print differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/tail");
type Selection = { lines: number | `+${number}` } | { bytes: number | `+${number}` };
type Case = {
  readonly files: readonly (readonly [name: string, bytes: readonly number[]])[];
  readonly names: readonly string[];
  readonly selection: Selection;
};

const count = fc.oneof(
  fc.nat({ max: 12 }),
  fc.nat({ max: 12 }).map((n) => `+${n}` as const),
);
const selection: fc.Arbitrary<Selection> = fc.oneof(
  count.map((lines) => ({ lines })),
  count.map((bytes) => ({ bytes })),
);
const bytes = fc.array(
  fc.oneof(fc.constantFrom(0x0a, 0x0d, 0x61, 0xc3, 0xa9), fc.nat({ max: 255 })),
  {
    maxLength: 40,
  },
);
const name = fc.constantFrom("a.log", "b.log", "c.log");

export default {
  input: fc.record({
    files: fc.uniqueArray(fc.tuple(name, bytes), { maxLength: 3, selector: ([n]) => n }),
    names: fc.array(name, { minLength: 1, maxLength: 3 }),
    selection,
  }),
  observe: ({ MemoryFileSystem, tailFiles }, c) => {
    const fs = new MemoryFileSystem();
    for (const [file, data] of c.files) fs.create(file, Uint8Array.from(data));
    const { stdout, stderr, status } = tailFiles(fs, c.names, c.selection);
    return { stdout: [...stdout], stderr, status };
  },
} satisfies Differential<Kata, Case>;
