// `kata compare singleton` drives your module and the reference with the same generated
// calls and shows the first sequence on which they answer differently.
import fc from "fast-check";
import type { Differential } from "../../src/testing/differential.ts";

type Kata = typeof import("#kata/singleton");
type Call =
  | { readonly via: number; readonly op: "print"; readonly document: string }
  | { readonly via: number; readonly op: "printNext" | "pending" | "reset" };

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.record({
    via: fc.nat(2),
    op: fc.constant("print" as const),
    document: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    via: fc.nat(2),
    op: fc.constantFrom("printNext" as const, "pending" as const, "reset" as const),
  }),
);

export default {
  input: fc.array(call, { maxLength: 20 }),
  observe: ({ PrinterManager }, calls) => {
    PrinterManager.resetForTests();
    return calls.map((c) => {
      if (c.op === "reset") return PrinterManager.resetForTests();
      const pm = PrinterManager.getInstance();
      return c.op === "print"
        ? pm.print(c.document)
        : c.op === "printNext"
          ? pm.printNext()
          : [...pm.pending];
    });
  },
} satisfies Differential<Kata, readonly Call[]>;
