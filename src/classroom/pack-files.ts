import type { Kata } from "../kata/catalog.ts";

/**
 * The pack's scripts. `npm test` checks that the repository is whole (types, and `kata verify`,
 * which in a pack checks structure: no references ship); the learner's progress is `npm start`.
 */
export const PACK_SCRIPTS = {
  start: "node bin/kata.js",
  test: "tsc -p tsconfig.json && node bin/kata.js verify",
  typecheck: "tsc -p tsconfig.json",
  lint: "biome check .",
  verify: "node bin/kata.js verify",
} as const;

/**
 * The pack's package.json (pure): the repository's, with only `scripts` replaced, so the copied
 * package-lock.json stays valid for `npm ci`.
 */
export function packPackageJson(text: string): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, scripts: PACK_SCRIPTS }, null, 2)}\n`;
}

/** The pack's tsconfig.json (pure): the repository's, checking only what a pack holds. */
export function packTsconfig(text: string): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, include: ["katas", "src", "scripts", "bin", "*.ts"] }, null, 2)}\n`;
}

export const PACK_VITEST_CONFIG = `import { defineConfig } from "vitest/config";

// The specs against your code in katas/. \`npx kata test <id>\` runs one kata with friendlier
// output; this config is for an editor's vitest integration, or \`npx vitest\`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "katas",
          include: ["katas/**/*.test.ts"],
          setupFiles: ["src/testing/fast-check-setup.ts"],
        },
      },
    ],
  },
});
`;

/** The ids a kata's files import as `#kata/<id>`: the katas it builds on (pure). */
export function importedKatas(texts: readonly string[]): string[] {
  const ids = texts.flatMap((t) =>
    [...t.matchAll(/["']#kata\/([a-z0-9-]+)["']/g)].map((m) => m[1] ?? ""),
  );
  return [...new Set(ids)].filter(Boolean).toSorted();
}

/** The students' README (pure): how to work, the katas in order, how work is handed in. */
export function studentReadme(katas: readonly Kata[]): string {
  const rows = katas.map(
    (k) =>
      `| \`${k.id}\` | ${k.manifest.title} | ${k.manifest.difficulty} | ${k.manifest.steps.length} |`,
  );
  const first = katas[0]?.id ?? "<id>";
  return `# Python to TypeScript katas

Each kata ports a short Python program to TypeScript, one test-driven step at a time. You write
the code; the kata's spec tells you which step you are on, what it expected and what your code did.

## Start

\`\`\`sh
npm ci                          # Node 22 or 24 (20.19 and later 20.x work too)
npm start                       # in a terminal: watch mode on the first unfinished kata
npx kata test ${first}          # run one kata's spec against your code
npx kata hint ${first}          # a hint for the step you are on, vaguer first
npx kata list                   # every kata and where you are
\`\`\`

## The katas

| kata | title | difficulty | steps |
|---|---|---|---|
${rows.join("\n")}

Each folder \`katas/<id>/\` holds the kata's \`README.md\` (start there), the Python original
\`original.py\`, the spec \`<id>.test.ts\`, and **your file \`<id>.ts\`**, a stub that compiles and
throws \`TODO\` until you write it. You may add other \`.ts\` files beside it and import them.

Do not edit the specs: your teacher grades your \`katas/<id>/<id>.ts\` (and the files beside it)
against the original specs, whatever the copy here says.

## Handing in

Commit and push. If your class uses GitHub Classroom, each push runs every kata's spec on GitHub
and the Actions tab shows your points, one test per kata.

## Useful

- \`npm test\` checks that the repository is whole: it type-checks everything and checks that
  every kata's files are there and that your files still export what the spec imports.
- \`npx kata reset <id>\` puts a kata's stub back (your file is backed up first, in \`.kata/backups/\`).
- \`npx tsx scripts/py.ts katas/${first}/original.py\` runs a Python original in CPython
  (WebAssembly, no Python install needed).
- This repository has no reference solutions, so \`kata solution\` and \`kata compare\` have
  nothing to show.
`;
}
