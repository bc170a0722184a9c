import type { BenchCase, Section } from "../internal/contender.ts";
import type { FTag } from "../internal/references.ts";

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;
const NAME = "Alice";
const AGE = 30;

function cases(f: FTag): BenchCase[] {
  const setup = `name = "${NAME}"; age = ${AGE}; pi = ${PI}`;
  return [
    {
      label: 'f"Name: {name}, Age: {age}"',
      expected: "Name: Alice, Age: 30",
      python: { setup, stmt: 'f"Name: {name}, Age: {age}"' },
      contenders: [
        { name: "f", run: () => f`Name: ${NAME}, Age: ${AGE}` },
        { name: "template literal", run: () => `Name: ${NAME}, Age: ${AGE}` },
      ],
    },
    {
      label: 'f"Pi: {pi:.2f}"',
      expected: "Pi: 3.14",
      python: { setup, stmt: 'f"Pi: {pi:.2f}"' },
      contenders: [
        { name: "f", run: () => f`Pi: ${PI}{:.2f}` },
        { name: "template literal", detail: "with toFixed(2)", run: () => `Pi: ${PI.toFixed(2)}` },
      ],
    },
  ];
}

/** The `f` tag against a plain template literal, the floor it cannot beat. */
export function fStringSection(f: FTag | undefined): Section {
  return {
    title: "f: the f-string tag against a template literal",
    note:
      "Not a target: a template literal parses nothing at run time (of constants, V8 even folds " +
      "it into one string). It shows what the tag costs.",
    ours: "f",
    peers: ["template literal"],
    cases: f === undefined ? [] : cases(f),
    ...(f === undefined ? { missing: "solutions/f-string/f-string.ts" } : {}),
  };
}
