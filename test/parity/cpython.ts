import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { loadOracle, type PythonOracle } from "../../src/parity/oracle.ts";

/** How one expression ended, in either language: a str, or an exception's type and message. */
export type Outcome =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly type: string; readonly message: string };

/** A differential case: the Python expression, and the TypeScript that should agree with it. */
export interface Differential<T> {
  readonly python: (input: T) => string;
  readonly typescript: (input: T) => string;
}

/** How many generated cases a parity test checks: 2,000 by default, `PARITY_RUNS` for long fuzzing runs. */
export const RUNS = Number(process.env.PARITY_RUNS ?? 2000);

const BATCH = `
import json
def __kata_case(source):
    try:
        value = eval(compile(source, "<case>", "eval"))
        return ["ok", value if isinstance(value, str) else repr(value)]
    except Exception as exc:
        return ["error", type(exc).__name__, str(exc)]
`;

/** Evaluates many Python expressions in one CPython run; each is compiled on its own, so a SyntaxError stays in its case. */
export function evaluateAll(oracle: PythonOracle, expressions: readonly string[]): Outcome[] {
  const calls = expressions.map((e) => `__kata_case(${JSON.stringify(e)})`).join(",\n");
  const outcome = oracle.run(`${BATCH}\nprint(json.dumps([${calls}]))`);
  if (!outcome.ok) throw new Error(`the batch itself failed: ${outcome.type}: ${outcome.message}`);
  const rows = JSON.parse(outcome.stdout) as ([string, string] | [string, string, string])[];
  return rows.map((row) =>
    row[0] === "ok"
      ? { ok: true, value: row[1] }
      : { ok: false, type: row[1], message: row[2] ?? "" },
  );
}

/** Runs the TypeScript side, turning a thrown PyError into the same shape as Python's. */
export function runTypeScript(run: () => string): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const e = error as { pyType?: string; message?: string };
    return {
      ok: false,
      type: e.pyType ?? `(not a PyError) ${String(error)}`,
      message: e.message ?? "",
    };
  }
}

/**
 * Checks `RUNS` generated cases against real CPython. The cases are first evaluated in batches
 * (one CPython call per 500), then fast-check replays the same seed so that a mismatch is
 * shrunk, evaluating only the shrunk candidates one by one. Prints the case, both results
 * and the seed on failure.
 */
export async function agreeWithCPython<T>(
  arbitrary: fc.Arbitrary<T>,
  d: Differential<T>,
  seed = Number(process.env.FC_SEED ?? 20261128),
): Promise<void> {
  const oracle = await loadOracle();
  const known = new Map<string, Outcome>();
  const samples = fc.sample(arbitrary, { seed, numRuns: RUNS }).map(d.python);
  for (let i = 0; i < samples.length; i += 500) {
    const batch = samples.slice(i, i + 500);
    const outcomes = evaluateAll(oracle, batch);
    for (const [j, o] of outcomes.entries()) known.set(batch[j] ?? "", o);
  }
  const python = (expression: string): Outcome => {
    const cached = known.get(expression);
    if (cached) return cached;
    const [fresh] = evaluateAll(oracle, [expression]);
    if (!fresh) throw new Error("no outcome");
    known.set(expression, fresh);
    return fresh;
  };
  fc.assert(
    fc.property(arbitrary, (input) => {
      const expected = python(d.python(input));
      const actual = runTypeScript(() => d.typescript(input));
      if (!isDeepStrictEqual(actual, expected)) {
        throw new Error(
          `Python:     ${d.python(input)}\nCPython:    ${JSON.stringify(expected)}\nTypeScript: ${JSON.stringify(actual)}`,
        );
      }
    }),
    { seed, numRuns: RUNS },
  );
}

/** A JS value as a Python literal with the same meaning (the table in the formatting katas' READMEs). */
export function pyLiteral(value: unknown, asFloat = false): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : 'float("-inf")';
    if (Object.is(value, -0)) return "-0.0";
    // String(x) is the shortest text that reads back as x, in JavaScript and in Python alike.
    if (asFloat || !Number.isInteger(value)) return `float("${String(value)}")`;
    return BigInt(value).toString();
  }
  if (Array.isArray(value)) return `[${value.map((v) => pyLiteral(v)).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyLiteral(v)}`).join(", ")}}`;
  }
  throw new Error(`no Python literal for ${typeof value}`);
}
