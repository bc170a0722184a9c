// The layers of src/ (docs/design.md), enforced in `npm test` by `npm run deps`.
// Imports go one way, top to bottom; type-only imports count like any other.
//
//   cli                                  argv, the terminal, the watch shell, the error boundary
//   classroom                            the teacher's entry, loaded on demand
//   commands · watch                     one file per command, returning data; the watch reducer
//   verify                               the kata contract, loaded on demand
//   runner · parity | render · i18n      child processes and CPython | text in the learner's language
//   kata · testing                       the kata model and the outcome data; helpers for specs
//   errors.ts                            small error classes that carry data
const layers = [
  ["^src/cli/"],
  ["^src/classroom/"],
  ["^src/commands/", "^src/watch/"],
  ["^src/verify/"],
  ["^src/runner/", "^src/parity/", "^src/render/", "^src/i18n/"],
  ["^src/kata/", "^src/testing/"],
  ["^src/errors\\.ts$"],
];

/** A layer may not import any layer above it. */
const upward = layers.flatMap((own, i) =>
  i === 0
    ? []
    : [
        {
          name: `no-upward-from-${own[0].replace(/\^src\/|\/|\\\.ts\$|\$/g, "")}`,
          comment:
            "A lower layer imported a higher one: move the shared thing down, or invert the call.",
          severity: "error",
          from: { path: own },
          to: { path: layers.slice(0, i).flat() },
        },
      ],
);

/** Folders of one layer that must stay independent of each other. */
const apart = (a, b, why) => [
  {
    name: `no-${a}-to-${b}`,
    comment: why,
    severity: "error",
    from: { path: `^src/${a}/` },
    to: { path: `^src/${b}/` },
  },
  {
    name: `no-${b}-to-${a}`,
    comment: why,
    severity: "error",
    from: { path: `^src/${b}/` },
    to: { path: `^src/${a}/` },
  },
];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle between modules: the layers cannot be seen, nor tested one at a time.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycle",
      comment: "Folders, not only files, form no cycle.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...apart("runner", "render", "Runs make data and renderers show it; neither knows the other."),
    ...apart(
      "commands",
      "watch",
      "The watch reducer decides; the shell in cli calls the commands.",
    ),
    {
      name: "no-catalogue-below-render",
      comment: "Errors and the kata model carry data; sentences are chosen where they are printed.",
      severity: "error",
      from: { path: ["^src/kata/", "^src/errors\\.ts$", "^src/runner/", "^src/parity/"] },
      to: { path: "^src/i18n/" },
    },
    {
      name: "no-orphans",
      comment: "A source file nothing imports is dead code (entries and tests aside).",
      severity: "error",
      from: {
        orphan: true,
        pathNot: [
          "\\.test\\.ts$",
          "^src/runner/(child|watch-child)\\.ts$",
          "^src/classroom/grade-child\\.ts$",
          "^src/testing/",
        ],
      },
      to: {},
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser, so swc parses the sources; it
    // keeps `import type`, so type-only imports are checked like value imports.
    parser: "swc",
    tsPreCompilationDeps: true,
    includeOnly: "^src/",
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
