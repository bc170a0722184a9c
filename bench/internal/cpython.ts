import { spawnSync } from "node:child_process";
import type { PythonStatement } from "./contender.ts";
import { median } from "./measure.ts";

const PYTHON = process.env.PYTHON ?? "python3";

/** `python3 --version` ("Python 3.11.7"), or undefined when there is no python3 on the PATH. */
export function pythonVersion(): string | undefined {
  const result = spawnSync(PYTHON, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** What each statement evaluates to in this python3, to check its semantics match the cases. */
export function evaluate(statements: readonly PythonStatement[]): string[] {
  const script = [
    "import json, sys",
    "out = []",
    "for setup, stmt in json.loads(sys.stdin.read()):",
    "    scope = {}",
    "    exec(setup, scope)",
    "    out.append(eval(stmt, scope))",
    "print(json.dumps(out))",
  ].join("\n");
  const input = JSON.stringify(statements.map((s) => [s.setup, s.stmt]));
  const result = spawnSync(PYTHON, ["-c", script], { input, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

const UNITS: Readonly<Record<string, number>> = { nsec: 1, usec: 1e3, msec: 1e6, sec: 1e9 };

/** Runs `python3 -m timeit -v` and returns each repeat's time per loop, in ns. */
function perLoop(args: readonly string[], { setup, stmt }: PythonStatement): number[] {
  const result = spawnSync(PYTHON, ["-m", "timeit", "-v", ...args, "-s", setup, stmt], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`python3 -m timeit failed: ${result.stderr}`);
  const loops = /^(\d+) loops?, best of/m.exec(result.stdout)?.[1];
  const raw = /^raw times: (.*)$/m.exec(result.stdout)?.[1];
  if (loops === undefined || raw === undefined) {
    throw new Error(`unexpected timeit output: ${result.stdout}`);
  }
  return raw.split(",").map((entry) => {
    const [amount = "", unit = ""] = entry.trim().split(" ");
    return (Number(amount) * (UNITS[unit] ?? Number.NaN)) / Number(loops);
  });
}

/** Repeats per case, and the time each repeat should take. */
const REPEATS = 5;
const REPEAT_NS = 40e6;

/**
 * `python3 -m timeit`, as nanoseconds per call: a short probe sizes the loop so that a repeat
 * takes about 40 ms (timeit's own autorange aims at 0.2 s, too long for 25 cases), then the
 * median of 5 repeats (timeit prints the best; the median matches the JavaScript side).
 */
export function timeit(statement: PythonStatement): number {
  const [probe = 1000] = perLoop(["-n", "1000", "-r", "1"], statement);
  const loops = Math.max(1000, Math.round(REPEAT_NS / probe));
  return median(perLoop(["-n", String(loops), "-r", String(REPEATS)], statement));
}
