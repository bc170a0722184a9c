import pythonFormat from "python-format-js";
import stringFormat from "string-format";
import type { BenchCase, Section } from "../internal/contender.ts";
import { pyLiteral } from "../internal/python-literal.ts";
import type { StrFormat } from "../internal/references.ts";

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

interface Call {
  readonly template: string;
  readonly args: readonly unknown[];
  readonly kwargs: Readonly<Record<string, unknown>>;
  readonly expected: string;
}

const call = (template: string, args: readonly unknown[], expected: string): Call => ({
  template,
  args,
  kwargs: {},
  expected,
});
const named = (template: string, kwargs: Record<string, unknown>, expected: string): Call => ({
  template,
  args: [],
  kwargs,
  expected,
});

/** The first four are the issue's. */
const CASES: readonly Call[] = [
  call("{} {}", ["hello", "world"], "hello world"),
  call("{0} {1} {0}", ["a", "b"], "a b a"),
  named("{name:>10}", { name: "Alice" }, "     Alice"),
  call("{:.2f}", [PI], "3.14"),
  call("{:.2f}", [0.125], "0.12"),
  call("{:,}", [1234567], "1,234,567"),
  named("{name} is {age}", { name: "Alice", age: 30 }, "Alice is 30"),
];

function label({ template, args, kwargs }: Call): string {
  const named = Object.entries(kwargs).map(([k, v]) => `${k}=${pyLiteral(v)}`);
  return `${pyLiteral(template)}.format(${[...args.map(pyLiteral), ...named].join(", ")})`;
}

function strCase(ours: StrFormat, c: Call): BenchCase {
  // The peers take named fields from one object in place of the positional arguments. Their
  // typings admit strings and objects only, but they turn any value into text with String().
  const peerArgs = (c.args.length > 0 ? c.args : [c.kwargs]) as readonly string[];
  return {
    label: label(c),
    expected: c.expected,
    python: {
      setup: `t = ${pyLiteral(c.template)}; a = ${pyLiteral(c.args)}; k = ${pyLiteral(c.kwargs)}`,
      stmt: "t.format(*a, **k)",
    },
    contenders: [
      { name: "strFormat", run: () => ours(c.template, c.args, c.kwargs) },
      { name: "string-format", run: () => stringFormat(c.template, ...peerArgs) },
      { name: "python-format-js", run: () => pythonFormat(c.template, ...peerArgs) },
    ],
  };
}

/** `strFormat` against the `str.format()` look-alikes. */
export function strFormatSection(ours: StrFormat | undefined): Section {
  return {
    title: "strFormat: `template.format(*args, **kwargs)` against str.format look-alikes",
    note:
      "string-format implements fields and indices but no format spec; python-format-js " +
      "implements a subset of the spec with regular expressions.",
    ours: "strFormat",
    peers: ["string-format", "python-format-js"],
    cases: ours === undefined ? [] : CASES.map((c) => strCase(ours, c)),
    ...(ours === undefined ? { missing: "solutions/str-format/str-format.ts" } : {}),
  };
}
