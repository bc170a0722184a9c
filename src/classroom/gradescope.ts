import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Zippable } from "fflate";
import type { Kata } from "../kata/catalog.ts";
import type { PlatformOptions } from "./classroom50.ts";
import type { Visibility } from "./gradescope-results.ts";

/** What the autograder's grading needs besides the tool's defaults. */
export interface GradescopeOptions extends PlatformOptions {
  readonly memoryMb: number;
  readonly visibility: Visibility;
}

/** Of the repository, what the autograder carries: the tool and the katas' specs, no solutions. */
const CARRIED = ["bin", "src", "package.json", "package-lock.json", "tsconfig.json"] as const;

const EXECUTABLE = 0o100755;
const REGULAR = 0o100644;
/** A zip entry with Unix permissions, the way unzip and Gradescope's image build read them. */
const entry = (data: Uint8Array, mode: number): Zippable[string] => [
  data,
  { os: 3, attrs: mode * 0x10000, mtime: new Date("2026-01-01T00:00:00Z") },
];

/**
 * Gradescope's setup.sh (pure): runs once, as root, when Gradescope builds the autograder's
 * image. Node comes from NodeSource's packages unless a recent enough one is there; then only
 * what grading needs is installed.
 */
export function setupSh(o: GradescopeOptions): string {
  return `#!/usr/bin/env bash
# Written by \`npx kata classroom gradescope\`: installs Node ${o.nodeMajor} and what grading needs.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt ${o.nodeMajor} ]; then
  apt-get update
  apt-get install -y ca-certificates curl
  curl -fsSL https://deb.nodesource.com/setup_${o.nodeMajor}.x | bash -
  apt-get install -y nodejs
fi
npm ci --omit=dev
`;
}

/**
 * Gradescope's run_autograder (pure): grades the one submission with \`kata grade --single\` and
 * writes results.json. The paths are Gradescope's unless the environment says otherwise
 * (KATA_AUTOGRADER, or each of KATA_SOURCE, KATA_SUBMISSION, KATA_RESULTS), which is how it is
 * tried on a machine that is not Gradescope's.
 */
export function runAutograder(o: GradescopeOptions): string {
  return `#!/usr/bin/env bash
# Written by \`npx kata classroom gradescope\`: ${o.points} points per kata, split over its steps;
# ${o.timeoutSeconds} s and ${o.memoryMb} MB per kata; students read the results in ${o.locale}.
set -uo pipefail
AUTOGRADER="\${KATA_AUTOGRADER:-/autograder}"
SOURCE="\${KATA_SOURCE:-$AUTOGRADER/source}"
SUBMISSION="\${KATA_SUBMISSION:-$AUTOGRADER/submission}"
RESULTS="\${KATA_RESULTS:-$AUTOGRADER/results}"
REPORTS="$(mktemp -d)"
trap 'rm -rf "$REPORTS"' EXIT
mkdir -p "$RESULTS"
cd "$SOURCE"
node bin/kata.js grade "$SUBMISSION" --single --gradescope "$RESULTS/results.json" \\
  --visibility ${o.visibility} --points ${o.points} --timeout ${o.timeoutSeconds} \\
  --memory ${o.memoryMb} --jobs 1 --lang ${o.locale} --out "$REPORTS"
`;
}

async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((path) => !/\.(test|fixture)\.ts$/.test(path) || path.startsWith("katas/"));
}

/**
 * The autograder zip (pure but for reading the repository): setup.sh and run_autograder at its
 * root, beside the tool and the katas' specs, stubs and manifests. No solutions: grading needs
 * the specs only. Returns the zip's bytes and the list of what it holds.
 */
export async function autograderZip(
  root: string,
  katas: readonly Kata[],
  o: GradescopeOptions,
): Promise<{ readonly zip: Uint8Array; readonly files: readonly string[] }> {
  const encoder = new TextEncoder();
  const paths = [
    ...(
      await Promise.all(
        CARRIED.map(async (item) => (item.includes(".") ? [item] : filesUnder(root, item))),
      )
    ).flat(),
    ...(await Promise.all(katas.map((k) => filesUnder(root, k.files.dir)))).flat(),
  ].toSorted();
  const tree: Zippable = {
    "setup.sh": entry(encoder.encode(setupSh(o)), EXECUTABLE),
    run_autograder: entry(encoder.encode(runAutograder(o)), EXECUTABLE),
  };
  for (const path of paths) {
    const mode = path.startsWith("bin/") ? EXECUTABLE : REGULAR;
    tree[path] = entry(new Uint8Array(await readFile(join(root, path))), mode);
  }
  // Loaded here only: fflate is a teacher's tool (a devDependency), and kata grade, which the
  // autograder runs after `npm ci --omit=dev`, must load without it.
  const { zipSync } = await import("fflate");
  return { zip: zipSync(tree, { level: 9 }), files: Object.keys(tree) };
}
