import stdlibFormat from "@stdlib/string-format";
import printf from "printf";
import { sprintf } from "sprintf-js";
import type { BenchCase, Section } from "../internal/contender.ts";
import { pyLiteral } from "../internal/python-literal.ts";
import type { PercentFormat } from "../internal/references.ts";

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

/** [template, values (a tuple), CPython 3.14's result]; the first four are the issue's. */
const CASES: readonly (readonly [string, readonly unknown[], string])[] = [
  ["%s is %d years, %.2f", ["Alice", 30, PI], "Alice is 30 years, 3.14"],
  ["%08.3f", [-PI], "-003.142"],
  ["%-10s|%5d", ["Alice", 42], "Alice     |   42"],
  ["%x", [255], "ff"],
  ["%.2f", [0.125], "0.12"],
  ["%e", [12345.678], "1.234568e+04"],
  ["%5.1f%%", [99.5], " 99.5%"],
  ["%.3g", [1234567], "1.23e+06"],
];

/** The cases the issue names, on which the target `percentFormat ≥ sprintf-js` is judged. */
export const PERCENT_SHARED = CASES.slice(0, 4).map(
  ([t, v]) => `${pyLiteral(t)} % ${pyLiteral(v)}`,
);

function percentCase(
  ours: PercentFormat,
  [template, values, expected]: readonly [string, readonly unknown[], string],
): BenchCase {
  return {
    label: `${pyLiteral(template)} % ${pyLiteral(values)}`,
    expected,
    python: { setup: `t = ${pyLiteral(template)}; a = ${pyLiteral(values)}`, stmt: "t % a" },
    contenders: [
      { name: "percentFormat", run: () => ours(template, values) },
      { name: "sprintf-js", run: () => sprintf(template, ...values) },
      { name: "printf", run: () => printf(template, ...values) },
      { name: "@stdlib/string-format", run: () => stdlibFormat(template, ...values) },
    ],
  };
}

/** `percentFormat` against the printf-style libraries, on what each of them supports. */
export function percentSection(ours: PercentFormat | undefined): Section {
  return {
    title: "percentFormat: `template % values` against printf-style libraries",
    note:
      "sprintf-js, printf and @stdlib/string-format implement C's printf, which Python's `%` " +
      "follows closely; the cases stay within what they all parse.",
    ours: "percentFormat",
    peers: ["sprintf-js", "printf", "@stdlib/string-format"],
    cases: ours === undefined ? [] : CASES.map((c) => percentCase(ours, c)),
    ...(ours === undefined ? { missing: "solutions/percent-format/percent-format.ts" } : {}),
  };
}
