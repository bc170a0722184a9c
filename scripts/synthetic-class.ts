// A synthetic class for `kata grade`: `npx tsx scripts/synthetic-class.ts <dir> [--students 30]`
// writes one folder per student (correct, partial, stub, hanging, malicious, crashing, broken)
// and <dir>/expected.json, the outcome each kata must get. Then
//   npx kata grade <dir> --out <out> && npx tsx scripts/synthetic-class.ts --check <dir> <out>/report.json
// checks the report against it. Deterministic: the same repository gives the same class.
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { match } from "ts-pattern";
import type { ClassReport, Outcome } from "../src/classroom/report.ts";
import { type Kata, loadCatalog } from "../src/kata/catalog.ts";
import { importedKatas } from "../src/kata/prerequisites.ts";

/** What the malicious students try, in turn. */
const MALICIOUS = [
  "write-outside",
  "import-solutions",
  "spawn",
  "read-solutions",
  "tampered-spec",
] as const;

/** What a student's kata file is. */
type Plan =
  | "reference"
  | "decoy"
  | "stub"
  | "missing"
  | "hang-sync"
  | "hang-async"
  | "write-outside"
  | "write-own"
  | "spawn"
  | "read-solutions"
  | "import-solutions"
  | "exit"
  | "out-of-memory"
  | "syntax-error"
  | "throw-at-import"
  | "tampered-spec";

const KINDS = [
  ["correct", 8],
  ["partial", 6],
  ["stub", 4],
  ["hanging", 4],
  ["malicious", 5],
  ["crashing", 2],
  ["broken", 1],
] as const;
export type Kind = (typeof KINDS)[number][0];

/**
 * The outcome a kata gets for a plan, before its dependencies are considered. A decoy fails at
 * least one test; some fail it by never settling a promise, which the grader records as a timeout.
 */
const EXPECTED: Record<Plan, Outcome | readonly Outcome[]> = {
  reference: "passed",
  decoy: ["failing", "timeout"],
  stub: "failing",
  missing: "missing",
  "hang-sync": "timeout",
  "hang-async": "timeout",
  "write-outside": "refused",
  "write-own": "refused",
  spawn: "refused",
  "read-solutions": "refused",
  "import-solutions": "refused",
  exit: "crashed",
  "out-of-memory": "crashed",
  "syntax-error": "load-error",
  "throw-at-import": "load-error",
  "tampered-spec": "failing",
};

/** Each special plan's code, appended to the reference (or replacing it, for a syntax error). */
function attack(plan: Plan, target: string, root: string): string {
  switch (plan) {
    case "hang-sync":
      return "\n// synthetic: a loop that never ends, at import\nwhile (Date.now() > 0) {}\n";
    case "hang-async":
      return "\n// synthetic: an import that never finishes\nawait new Promise(() => {});\n";
    case "write-outside":
      return `\n// synthetic: writes outside its folder\nimport { writeFileSync as __w } from "node:fs";\n__w(${JSON.stringify(target)}, "pwned");\n`;
    case "write-own":
      return `\n// synthetic: writes beside itself\nimport { writeFileSync as __w } from "node:fs";\n__w(new URL("./pwned.txt", import.meta.url), "pwned");\n`;
    case "spawn":
      return `\n// synthetic: starts a process\nimport { execSync as __x } from "node:child_process";\n__x("id > ${target}");\n`;
    case "read-solutions":
      return `\n// synthetic: reads the references\nimport { readdirSync as __r } from "node:fs";\n__r(${JSON.stringify(join(root, "solutions"))});\n`;
    case "exit":
      return "\n// synthetic: ends the process\nprocess.exit(1);\n";
    case "out-of-memory":
      return "\n// synthetic: allocates without end\nconst __hog: number[][] = [];\nwhile (__hog.length >= 0) __hog.push(new Array(1e7).fill(__hog.length));\n";
    case "throw-at-import":
      return '\n// synthetic: throws at import\nthrow new Error("synthetic: broken at import");\n';
    default:
      return "";
  }
}

async function copyReference(root: string, kata: Kata, to: string, main: string): Promise<void> {
  const from = join(root, kata.files.solutionDir);
  await cp(from, to, { recursive: true, filter: (s) => !s.includes("/decoys") });
  if (main !== `${kata.id}.ts`) {
    await cp(join(from, `${kata.id}.ts`), join(to, main));
    await rm(join(to, `${kata.id}.ts`));
  }
}

async function writeKata(
  root: string,
  kata: Kata,
  plan: Plan,
  dir: string,
  target: string,
  decoyIndex: number,
): Promise<void> {
  const main = join(dir, `${kata.id}.ts`);
  const stub = () => cp(join(root, kata.files.stub), main);
  await mkdir(dir, { recursive: true });
  if (plan === "stub") return stub();
  if (plan === "tampered-spec") {
    await stub();
    // The student's own spec passes trivially; the grader must use the repository's.
    const spec = `import { it } from "vitest";\nit("passes", () => {});\n`;
    return writeFile(join(dir, `${kata.id}.test.ts`), spec);
  }
  if (plan === "decoy") {
    const decoys = (await readdir(join(root, kata.files.decoyDir))).filter((f) =>
      f.endsWith(".ts"),
    );
    const decoy = decoys.toSorted()[decoyIndex % decoys.length] ?? "";
    await copyReference(root, kata, dir, "reference.ts");
    const text = await readFile(join(root, kata.files.decoyDir, decoy), "utf8");
    // A decoy sits one folder below its reference (decoys/): it imports the reference as
    // ../<id>.ts, the reference's files as ../<file> and other katas' files as ../../<kata>/.
    const moved = text
      .replaceAll(`"../${kata.id}.ts"`, '"./reference.ts"')
      .replace(/(["'])\.\.\/(\.\.\/)?/g, (_, quote: string, up?: string) =>
        up ? `${quote}../` : `${quote}./`,
      );
    return writeFile(main, moved);
  }
  await copyReference(root, kata, dir, `${kata.id}.ts`);
  if (plan === "syntax-error") return writeFile(main, "export const broken = (;\n");
  if (plan === "import-solutions") {
    // The quiet way to cheat: the fork cannot read solutions/, but vitest loads modules for it.
    const reference = JSON.stringify(join(root, kata.files.reference));
    return writeFile(main, `// synthetic: re-exports the reference\nexport * from ${reference};\n`);
  }
  const code = attack(plan, target, root);
  if (code) await writeFile(main, `${await readFile(main, "utf8")}${code}`);
}

function plansFor(
  kind: Kind,
  n: number,
  katas: readonly Kata[],
  root: string,
  deps: ReadonlyMap<string, readonly string[]>,
): Plan[] {
  const has = (k: Kata, what: "reference" | "decoy") =>
    existsSync(join(root, what === "reference" ? k.files.reference : k.files.decoyDir));
  const fallback = (k: Kata): Plan => (has(k, "reference") ? "reference" : "stub");
  const target = n % katas.length;
  const plans = katas.map((k, i): Plan => {
    const special = (plan: Plan): Plan => (i === target ? plan : fallback(k));
    return match(kind)
      .with("correct", () => fallback(k))
      .with("partial", (): Plan => {
        const pick = (["reference", "decoy", "stub", "missing"] as const)[(n + i) % 4] ?? "stub";
        return pick === "missing" || has(k, pick === "stub" ? "reference" : pick) ? pick : "stub";
      })
      .with("stub", () => (i % 3 === n % 3 ? "missing" : "stub"))
      .with("hanging", () => special(n % 2 === 0 ? "hang-sync" : "hang-async"))
      .with("malicious", () => special(MALICIOUS[n % MALICIOUS.length] ?? "write-own"))
      .with("crashing", () => special(n % 2 === 0 ? "exit" : "out-of-memory"))
      .with("broken", () =>
        i !== target && i === (target + 1) % katas.length
          ? "throw-at-import"
          : special("syntax-error"),
      )
      .exhaustive();
  });
  if (kind !== "partial") return plans;
  // A reference or a decoy over the student's own stub of a kata it imports would fail for
  // another reason, or not load (decoys import their dependency's internals): make it a stub.
  const index = new Map(katas.map((k, i) => [k.id, i]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [i, k] of katas.entries()) {
      const plan = plans[i];
      if (plan !== "reference" && plan !== "decoy") continue;
      const broken = (deps.get(k.id) ?? []).some((d) => {
        const j = index.get(d);
        return j !== undefined && plans[j] !== "reference";
      });
      if (broken) {
        plans[i] = "stub";
        changed = true;
      }
    }
  }
  return plans;
}

/** One outcome, or any of a few. */
type Expectation = Outcome | readonly Outcome[];

/**
 * The outcome each kata must get: its plan's, unless a kata it imports (the student's own) does
 * worse; a reference over a broken dependency is at best failing.
 */
function expectations(
  katas: readonly Kata[],
  plans: readonly Plan[],
  deps: ReadonlyMap<string, readonly string[]>,
): Record<string, Expectation> {
  const planOf = new Map(katas.map((k, i) => [k.id, plans[i] ?? "stub"]));
  const expected = new Map<string, Expectation>();
  const visit = (id: string): Expectation => {
    const known = expected.get(id);
    if (known) return known;
    const own = EXPECTED[planOf.get(id) ?? "stub"];
    let outcome = own;
    if (typeof own === "string" && own !== "missing" && own !== "load-error") {
      for (const dep of deps.get(id) ?? []) {
        const d = planOf.has(dep) ? visit(dep) : "passed";
        // A dependency that hangs, crashes, is refused or does not load takes its importer with it.
        if (typeof d === "string" && ["timeout", "crashed", "refused", "load-error"].includes(d))
          outcome = d;
        else if (d !== "passed" && outcome === "passed") outcome = "failing";
      }
    }
    expected.set(id, outcome);
    return outcome;
  };
  return Object.fromEntries(katas.map((k) => [k.id, visit(k.id)]));
}

export interface SyntheticClass {
  readonly students: readonly string[];
  readonly expected: Record<string, Record<string, Expectation>>;
  /** Files the malicious students try to create: none may exist after grading. */
  readonly forbidden: readonly string[];
}

/** Writes a synthetic class of `count` students into `dir` for the repository at `root`. */
export async function syntheticClass(
  root: string,
  dir: string,
  options: {
    readonly count?: number;
    readonly katas?: readonly string[];
    /** The students' kinds, in order, instead of the usual mix of thirty. */
    readonly kinds?: readonly Kind[];
  } = {},
): Promise<SyntheticClass> {
  const all = await loadCatalog(root);
  const katas = options.katas ? all.filter((k) => options.katas?.includes(k.id)) : all;
  const deps = new Map<string, string[]>();
  for (const k of katas) {
    const files = (await readdir(join(root, k.files.dir))).filter((f) => f.endsWith(".ts"));
    const texts = await Promise.all(files.map((f) => readFile(join(root, k.files.dir, f), "utf8")));
    deps.set(
      k.id,
      importedKatas(texts).filter((id) => id !== k.id),
    );
  }
  const kinds =
    options.kinds ?? KINDS.flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  const count = options.count ?? kinds.length;
  const expected: Record<string, Record<string, Expectation>> = {};
  const forbidden: string[] = [];
  await mkdir(dir, { recursive: true });
  for (let s = 0; s < count; s++) {
    const kind = kinds[s % kinds.length] ?? "correct";
    const nth = kinds.slice(0, s % kinds.length).filter((k) => k === kind).length;
    const student = `${String(s + 1).padStart(2, "0")}-${kind}`;
    const plans = plansFor(kind, nth + Math.floor(s / kinds.length), katas, root, deps);
    const target = join(resolve(dir), `PWNED-by-${student}.txt`);
    for (const [i, kata] of katas.entries()) {
      const plan = plans[i] ?? "stub";
      if (plan === "missing") continue;
      // Half hand in a clone of the repository, half only its katas/ folder.
      const base = s % 2 === 0 ? join(dir, student, "katas", kata.id) : join(dir, student, kata.id);
      await writeKata(root, kata, plan, base, target, s);
      if (plan === "write-outside" || plan === "spawn") forbidden.push(target);
    }
    if (kind === "malicious") {
      // Nothing else from a submission runs: not its config, not its package scripts.
      const config = `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(target)}, "pwned");\nexport default {};\n`;
      await writeFile(join(dir, student, "vitest.config.ts"), config);
      forbidden.push(target);
    }
    await mkdir(join(dir, student), { recursive: true });
    expected[student] = expectations(katas, plans, deps);
  }
  const students = Object.keys(expected);
  await writeFile(
    join(dir, "expected.json"),
    `${JSON.stringify({ expected, forbidden: [...new Set(forbidden)] }, null, 2)}\n`,
  );
  return { students, expected, forbidden: [...new Set(forbidden)] };
}

/** Every cell whose outcome is not the expected one, as lines; empty when the report is right. */
export function mismatches(
  expected: Record<string, Record<string, Expectation>>,
  report: ClassReport,
): string[] {
  const lines: string[] = [];
  for (const [student, katas] of Object.entries(expected)) {
    const graded = report.students.find((s) => s.student === student);
    if (!graded) {
      lines.push(`${student}: not in the report`);
      continue;
    }
    for (const [kata, outcome] of Object.entries(katas)) {
      const cell = graded.katas.find((k) => k.kata === kata);
      const allowed: readonly Outcome[] = typeof outcome === "string" ? [outcome] : outcome;
      if (!cell || !allowed.includes(cell.outcome))
        lines.push(
          `${student} ${kata}: expected ${allowed.join(" or ")}, got ${cell?.outcome} (${cell?.detail ?? ""})`,
        );
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      students: { type: "string" },
      check: { type: "boolean" },
      katas: { type: "string" },
    },
    allowPositionals: true,
  });
  const [dir, reportFile] = positionals;
  if (dir === undefined)
    throw new Error("usage: synthetic-class.ts <dir> [--students n] | --check <dir> <report.json>");
  if (values.check) {
    const { expected, forbidden } = JSON.parse(await readFile(join(dir, "expected.json"), "utf8"));
    const report = JSON.parse(await readFile(reportFile ?? "", "utf8")) as ClassReport;
    const wrong = [
      ...mismatches(expected, report),
      ...(forbidden as string[]).filter((f) => existsSync(f)).map((f) => `${f} exists`),
    ];
    process.stdout.write(
      wrong.length === 0 ? "Every outcome is as expected.\n" : `${wrong.join("\n")}\n`,
    );
    process.exitCode = wrong.length === 0 ? 0 : 1;
    return;
  }
  const root = resolve(import.meta.dirname, "..");
  const made = await syntheticClass(root, dir, {
    count: Number(values.students ?? 30),
    ...(values.katas ? { katas: values.katas.split(",") } : {}),
  });
  process.stdout.write(
    `${made.students.length} students in ${dir}; expected outcomes in ${join(dir, "expected.json")}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
