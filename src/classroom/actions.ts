import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Kata } from "../kata/catalog.ts";
import type { PlatformOptions } from "./classroom50.ts";
import { stepPoints } from "./points.ts";

export const ACTIONS_FILES = {
  workflow: ".github/workflows/katas.yml",
  points: ".github/kata-points.json",
} as const;

/**
 * Each kata's points per step (pure), as scripts/kata-steps.ts reads them: the same
 * `stepPoints` as every other output.
 */
export function pointsJson(katas: readonly Kata[], points: number): string {
  const table = Object.fromEntries(
    katas.map((k) => [k.id, stepPoints(points, k.manifest.steps.length)]),
  );
  return `${JSON.stringify({ points, katas: table }, null, 2)}\n`;
}

/**
 * A plain GitHub Actions workflow for any organization (pure): on every push (and by hand), it
 * installs what a student needs, grades every kata step, writes the step table into the job
 * summary and keeps every step's result as an artifact. The job fails while a step fails.
 */
export function actionsWorkflow(katas: readonly Kata[], o: PlatformOptions): string {
  // Each kata's spec once, with room for TypeScript, vitest and the transcript; and the install.
  const minutes = Math.ceil((katas.length * (60 + 2 * o.timeoutSeconds)) / 60) + 10;
  return `# Written by \`npx kata classroom actions\`: grades every kata step on each push, with
# ${o.points} points per kata split over its steps (${ACTIONS_FILES.points}). The step table is
# in the run's summary; every step's result is the artifact kata-results. Run the command again
# to change the points or the limits.
name: Katas
on:
  push:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  katas:
    name: Grade every kata step
    runs-on: ubuntu-latest
    timeout-minutes: ${minutes}
    steps:
      - name: Check out the repository
        uses: actions/checkout@v5
      - name: Set up Node.js
        uses: actions/setup-node@v5
        with:
          node-version: ${o.nodeMajor}
          cache: npm
      - name: Install what a student needs
        run: npm ci --omit=dev
      - name: Grade every kata step
        run: npx tsx scripts/kata-steps.ts --all --timeout ${o.timeoutSeconds} --lang ${o.locale} --points ${ACTIONS_FILES.points} --summary "$GITHUB_STEP_SUMMARY" --json kata-results/results.json
      - name: Keep the results
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v6
        with:
          name: kata-results
          path: kata-results/
          if-no-files-found: error
`;
}

/** Writes the workflow and the points into the pack; returns their paths in it. */
export async function writeActions(
  packDir: string,
  katas: readonly Kata[],
  o: PlatformOptions,
): Promise<string[]> {
  const files = {
    [ACTIONS_FILES.workflow]: actionsWorkflow(katas, o),
    [ACTIONS_FILES.points]: pointsJson(katas, o.points),
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(packDir, path)), { recursive: true });
    await writeFile(join(packDir, path), text);
  }
  return Object.keys(files);
}
