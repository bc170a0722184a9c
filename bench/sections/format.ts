import { format } from "../../solutions/format-spec/format-spec.ts";
import type { BenchCase, Section } from "../internal/contender.ts";
import { pyLiteral } from "../internal/python-literal.ts";

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;
const grouped = new Intl.NumberFormat("en-US");

/** [value, spec, CPython 3.14's result, the nearest built-in and what it calls]. */
const CASES: readonly (readonly [unknown, string, string, string, () => string])[] = [
  [PI, ".2f", "3.14", "x.toFixed(2)", () => PI.toFixed(2)],
  ["Alice", ">10", "     Alice", "s.padStart(10)", () => "Alice".padStart(10)],
  [255, "x", "ff", "n.toString(16)", () => (255).toString(16)],
  [42, "05d", "00042", 'String(n).padStart(5, "0")', () => String(42).padStart(5, "0")],
  [0.125, ".2f", "0.12", "x.toFixed(2)", () => (0.125).toFixed(2)],
  [1234567, ",", "1,234,567", 'Intl.NumberFormat("en-US")', () => grouped.format(1234567)],
  [0.1, "", "0.1", "String(x)", () => String(0.1)],
  [2.5e-7, ".3e", "2.500e-07", "x.toExponential(3)", () => (2.5e-7).toExponential(3)],
];

function formatCase([value, spec, expected, detail, builtin]: (typeof CASES)[number]): BenchCase {
  return {
    label: `format(${pyLiteral(value)}, ${pyLiteral(spec)})`,
    expected,
    python: { setup: `v = ${pyLiteral(value)}; s = ${pyLiteral(spec)}`, stmt: "format(v, s)" },
    contenders: [
      { name: "format", run: () => format(value, spec) },
      { name: "built-in", detail, run: builtin },
    ],
  };
}

/** `format` against the JS built-in that comes closest: the practical floor. */
export function formatSection(): Section {
  return {
    title: "format: `format(value, spec)` against the nearest JS built-in",
    note:
      "A built-in does one fixed thing with no spec to parse, so it is a floor rather than a " +
      "target; where it differs from CPython, it is marked.",
    ours: "format",
    peers: ["built-in"],
    cases: CASES.map(formatCase),
  };
}
