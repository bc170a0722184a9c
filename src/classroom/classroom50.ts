import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stepWords } from "../i18n/kata-words.ts";
import { resultWords } from "../i18n/result-words.ts";
import type { Kata } from "../kata/catalog.ts";
import type { Locale } from "../kata/manifest.ts";
import { stepPoints } from "./points.ts";

/** What the generated tests need to know. */
export interface PlatformOptions {
  /** Points per kata, split over its steps (`stepPoints`). */
  readonly points: number;
  /** `kata test`'s own limit for the learner's code, in seconds. */
  readonly timeoutSeconds: number;
  /** The language of the test names and of what students read. */
  readonly locale: Locale;
  /** The Node major version the runners set up. */
  readonly nodeMajor: number;
}

/** One declarative test of Classroom 50 (schemas/assignments-v1.schema.json, `$defs/test`). */
export interface Classroom50Test {
  readonly name: string;
  readonly type: "run";
  readonly run: string;
  readonly timeout: number;
  readonly points: number;
}

/** Where the teacher's files go in the pack: none of them is read by Classroom 50 from there. */
export const CLASSROOM50_DIR = "classroom50";

/** Classroom 50 allows test names of at most 100 UTF-8 bytes. */
function within100Bytes(name: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(name).length <= 100) return name;
  let cut = [...name];
  while (bytes.encode(`${cut.join("")}…`).length > 100) cut = cut.slice(0, -1);
  return `${cut.join("")}…`;
}

/** The step command of a pack: one step's verdict, exit 0 when it passed. */
const stepCommand = (id: string, n: number, o: PlatformOptions) =>
  `npx tsx scripts/kata-steps.ts ${id} ${n} --timeout ${o.timeoutSeconds} --lang ${o.locale}`;

/**
 * The assignment's declarative tests (pure): a zero-point `setup` test that installs what a
 * student needs, then one `run` test per kata step, worth the step's share of the kata's points,
 * named in the students' language. A kata's first step runs its spec (TypeScript, vitest, the
 * transcript); the next steps reuse that run within the grading job, so each test's limit leaves
 * room for the first.
 */
export function classroom50Tests(katas: readonly Kata[], o: PlatformOptions): Classroom50Test[] {
  const words = resultWords(o.locale);
  const timeout = Math.min(600, 120 + 2 * Math.ceil(o.timeoutSeconds));
  const setup: Classroom50Test = {
    name: "setup",
    type: "run",
    run: "npm ci --omit=dev",
    timeout: 600,
    points: 0,
  };
  return [
    setup,
    ...katas.flatMap((kata) => {
      const shares = stepPoints(o.points, kata.manifest.steps.length);
      return kata.manifest.steps.map((step, i) => ({
        name: within100Bytes(
          words.stepName(
            kata.id,
            i + 1,
            kata.manifest.steps.length,
            stepWords(kata.manifest, step, o.locale).title,
          ),
        ),
        type: "run" as const,
        run: stepCommand(kata.id, i + 1, o),
        timeout,
        points: shares[i] ?? 0,
      }));
    }),
  ];
}

/** The assignment's runtime block (pure): GitHub's Ubuntu runner with the pack's Node. */
export function classroom50Runtime(o: PlatformOptions): Record<string, string> {
  return { "runs-on": "ubuntu-latest", node: String(o.nodeMajor) };
}

/** The teacher's README for Classroom 50 (pure): what the files are and the commands. */
export function classroom50Readme(tests: readonly Classroom50Test[], o: PlatformOptions): string {
  const total = tests.reduce((n, t) => n + t.points, 0);
  return `# Classroom 50: grading these katas

Written by \`npx kata classroom classroom50\` for the teacher; students may ignore this folder.
Classroom 50 reads none of it from here: you register it with the assignment.

- \`tests.json\`: the assignment's declarative tests, ${tests.length - 1} \`run\` tests, one per kata step,
  ${total} points in all (${o.points} per kata, split over its steps), and a zero-point \`setup\` test
  that installs the dependencies (\`npm ci --omit=dev\`). Each step runs
  \`npx tsx scripts/kata-steps.ts <kata> <step>\`, which prints the step's result in the
  Release table and exits 0 when every test of the step passes.
- \`runtime.json\`: the runtime block, an Ubuntu runner with Node ${o.nodeMajor}.

## Set up the assignment

1. Push this repository to your organization and mark it a template (Settings → General →
   Template repository). It must not contain \`.github/workflows/autograde.yaml\`:
   Classroom 50 writes that workflow into each student's repository itself.
2. Register the assignment with the template, the tests and the runtime:

   \`\`\`sh
   gh teacher assignment add ORG CLASSROOM SLUG --name "Python to TypeScript katas" \\
       --template OWNER/REPO --tests classroom50/tests.json --runtime classroom50/runtime.json
   \`\`\`

   or, in the web app, paste the tests into the assignment form's Autograding tests and the
   runtime into Advanced settings.
3. Students accept the assignment, work in their repository (\`npx kata test <id>\`), and submit
   by pushing (or \`gh student submit\`). Each submission gets a Release with one row per step.

Run \`npx kata classroom classroom50 <this folder>\` again to change the points or the limits.
`;
}

/** Writes the three files into the pack's classroom50/ folder; returns their paths in it. */
export async function writeClassroom50(
  packDir: string,
  katas: readonly Kata[],
  o: PlatformOptions,
): Promise<string[]> {
  const tests = classroom50Tests(katas, o);
  const files = {
    "tests.json": `${JSON.stringify(tests, null, 2)}\n`,
    "runtime.json": `${JSON.stringify(classroom50Runtime(o), null, 2)}\n`,
    "README.md": classroom50Readme(tests, o),
  };
  await mkdir(join(packDir, CLASSROOM50_DIR), { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(join(packDir, CLASSROOM50_DIR, name), text);
  return Object.keys(files).map((name) => `${CLASSROOM50_DIR}/${name}`);
}

/** Classroom 50 writes its own autograde workflow; a template that has one breaks grading. */
export const hasAutogradeWorkflow = (packDir: string) =>
  existsSync(join(packDir, ".github/workflows/autograde.yaml"));
