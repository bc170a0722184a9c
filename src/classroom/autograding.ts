import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface AutogradingOptions {
  /** Points for each kata whose spec passes. */
  readonly points: number;
  /** `kata test`'s own limit for the learner's code, in seconds. */
  readonly timeoutSeconds: number;
  /** The Node major version the runners install. */
  readonly nodeMajor: number;
}

export const AUTOGRADING_FILES = {
  json: ".github/classroom/autograding.json",
  workflow: ".github/workflows/classroom.yml",
} as const;

/** A step id the reporter can read back: `${ID}_RESULTS` must be a plain environment name. */
const stepId = (id: string) => `kata_${id.replaceAll("-", "_")}`;
const command = (id: string, timeoutSeconds: number) =>
  `npx kata test ${id} --timeout ${timeoutSeconds}`;
/** GitHub counts these limits in minutes: room for tsc, vitest's start and the kata's own limit. */
const minutes = (timeoutSeconds: number) => Math.max(2, Math.ceil((timeoutSeconds + 60) / 60));

/**
 * GitHub Classroom's autograding, one test per kata (pure): `autograding.json` in the format of
 * Classroom's test editor and of `education/autograding`, and a workflow that runs the same
 * commands with `classroom-resources/autograding-command-grader` and reports the points.
 */
export function autogradingFiles(
  katas: readonly string[],
  options: AutogradingOptions,
): { readonly json: string; readonly workflow: string } {
  const timeout = minutes(options.timeoutSeconds);
  const tests = katas.map((id, i) => ({
    name: id,
    // The tests run one after another in one checkout: installing once is enough.
    setup: i === 0 ? "npm ci" : "",
    run: command(id, options.timeoutSeconds),
    input: "",
    output: "",
    comparison: "included",
    timeout,
    points: options.points,
  }));
  const steps = katas.flatMap((id) => [
    `      - name: ${id}`,
    `        id: ${stepId(id)}`,
    "        uses: classroom-resources/autograding-command-grader@v1",
    "        with:",
    `          test-name: ${id}`,
    `          command: ${command(id, options.timeoutSeconds)}`,
    `          timeout: ${timeout}`,
    `          max-score: ${options.points}`,
  ]);
  const workflow = [
    "# Written by `npx kata classroom autograding`: one test per kata, each worth its points when",
    "# `npx kata test <id>` passes. Run that command again to change the katas or the points.",
    "name: Autograding Tests",
    "on:",
    "  - push",
    "  - repository_dispatch",
    "permissions:",
    "  checks: write",
    "  actions: read",
    "  contents: read",
    "jobs:",
    "  run-autograding-tests:",
    "    runs-on: ubuntu-latest",
    "    if: github.actor != 'github-classroom[bot]'",
    "    steps:",
    "      - name: Checkout code",
    "        uses: actions/checkout@v4",
    "      - name: Set up Node.js",
    "        uses: actions/setup-node@v4",
    "        with:",
    `          node-version: ${options.nodeMajor}`,
    "      - name: Install dependencies",
    "        run: npm ci",
    ...steps,
    "      - name: Autograding Reporter",
    "        uses: classroom-resources/autograding-grading-reporter@v1",
    "        env:",
    ...katas.map(
      (id) =>
        `          ${stepId(id).toUpperCase()}_RESULTS: "\${{steps.${stepId(id)}.outputs.result}}"`,
    ),
    "        with:",
    `          runners: ${katas.map(stepId).join(",")}`,
    "",
  ].join("\n");
  return { json: `${JSON.stringify({ tests }, null, 2)}\n`, workflow };
}

/** Writes both files under `root`; returns their paths relative to it. */
export async function writeAutograding(
  root: string,
  katas: readonly string[],
  options: AutogradingOptions,
): Promise<string[]> {
  const files = autogradingFiles(katas, options);
  for (const [key, path] of Object.entries(AUTOGRADING_FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), files[key as keyof typeof files]);
  }
  return Object.values(AUTOGRADING_FILES);
}
