// The formats of the platforms kata writes for, as zod schemas, each transcribed field by field
// from the platform's own documentation (cited per schema). Tests validate what kata writes with
// them; where a documented rule cannot be expressed as a field type, a refinement states it.
import { z } from "zod";

// ─── Gradescope ────────────────────────────────────────────────────────────────────────────────
// "Autograder Specifications", gradescope-autograders.readthedocs.io/en/latest/specs/: sections
// "Output format", "Controlling Test Case Visibility", "Test case status" and "Output String
// Formatting" (the stored copy of gradescope/autograder_samples docs/specs.md predates `status`
// and the formats; they were read from a copy of the current page).

const visibility = z.enum(["hidden", "after_due_date", "after_published", "visible"]);
const format = z.enum(["text", "simple_format", "html", "md", "ansi"]);

export const gradescopeTest = z.strictObject({
  score: z.number().optional(),
  max_score: z.number().optional(),
  status: z.enum(["passed", "failed"]).optional(),
  name: z.string().optional(),
  name_format: format.optional(),
  number: z.string().optional(),
  output: z.string().optional(),
  output_format: format.optional(),
  tags: z.array(z.string()).optional(),
  visibility: visibility.optional(),
  extra_data: z.record(z.string(), z.unknown()).optional(),
});

export const gradescopeResults = z
  .strictObject({
    score: z.number().optional(),
    execution_time: z.number().optional(),
    output: z.string().optional(),
    output_format: format.optional(),
    test_output_format: format.optional(),
    test_name_format: format.optional(),
    visibility: visibility.optional(),
    stdout_visibility: visibility.optional(),
    extra_data: z.record(z.string(), z.unknown()).optional(),
    tests: z.array(gradescopeTest).optional(),
    leaderboard: z
      .array(
        z.strictObject({
          name: z.string(),
          value: z.union([z.number(), z.string()]),
          order: z.enum(["asc", "desc"]).optional(),
        }),
      )
      .optional(),
  })
  // "score: optional, but required if not on each test case below"; "tests: Optional, but
  // required if no top-level score".
  .refine(
    (r) => r.score !== undefined || r.tests?.every((t) => t.score !== undefined) === true,
    "a score on the submission, or on every test",
  );

// ─── Classroom 50 ──────────────────────────────────────────────────────────────────────────────
// foundation50/classroom50: schemas/assignments-v1.schema.json, `$defs/test` and `$defs/runtime`
// (schemas/tests-v1.schema.json holds the same test), and the wiki pages Autograding-Basics
// ("Declarative tests": "Fields", "Test types") and Advanced-Autograding ("The runtime block").

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export const classroom50Test = z
  .strictObject({
    // "Required. Unique within the assignment; ≤ 100 UTF-8 bytes; no control characters."
    name: z
      .string()
      .min(1)
      .max(100)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the schema's own pattern
      .regex(/^[^\u0000-\u001f\u007f]+$/)
      .refine((name) => utf8Bytes(name) <= 100, "at most 100 UTF-8 bytes"),
    type: z.enum(["io", "run", "python"]),
    setup: z.string().optional(),
    run: z.string().min(1),
    input: z.string().optional(),
    "input-file": z.string().optional(),
    expected: z.string().optional(),
    "expected-file": z.string().optional(),
    comparison: z.enum(["included", "exact", "regex"]).optional(),
    // "Seconds, 1–600. Omit or 0 for the default of 10s."
    timeout: z.number().int().min(0).max(600).optional(),
    "exit-code": z.number().int().min(0).max(255).optional(),
    // "Required, 0–1000."
    points: z.number().int().min(0).max(1000),
  })
  .refine(
    (t) =>
      t.type === "io" ||
      ["input", "input-file", "expected", "expected-file", "comparison"].every((k) => !(k in t)),
    "input, expected and comparison belong to io tests",
  );

/** The file `gh teacher assignment add --tests <file.json>` reads: a bare array, at most 100. */
export const classroom50Tests = z
  .array(classroom50Test)
  .max(100)
  .refine((tests) => new Set(tests.map((t) => t.name)).size === tests.length, "unique names");

const label = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const langVersion = z.string().regex(/^[A-Za-z0-9._+-]{1,32}$/);

export const classroom50Runtime = z
  .strictObject({
    "runs-on": z.union([label, z.array(label).min(1).max(10)]).optional(),
    container: z
      .strictObject({
        image: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,255}$/),
        user: z.string().optional(),
      })
      .optional(),
    python: langVersion.optional(),
    node: langVersion.optional(),
    java: langVersion.optional(),
    go: langVersion.optional(),
    rust: langVersion.optional(),
    apt: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+-]{0,63}$/)).optional(),
  })
  .refine((r) => !(r.container && r.apt), "apt and container exclude each other");

// ─── GitHub Actions ────────────────────────────────────────────────────────────────────────────
// docs.github.com, "Workflow syntax for GitHub Actions" (on, permissions, jobs.<job_id>.name,
// runs-on, timeout-minutes, steps[*].name/id/if/uses/run/with/env), the part a kata workflow
// uses; and actions/upload-artifact's action.yml for its inputs (name, path, if-no-files-found,
// retention-days).

const step = z
  .strictObject({
    name: z.string().optional(),
    id: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_-]*$/)
      .optional(),
    if: z.string().optional(),
    uses: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w.-]+$/)
      .optional(),
    run: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: z.record(z.string(), z.string()).optional(),
  })
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), "a step has uses or run");

export const githubWorkflow = z.strictObject({
  name: z.string().optional(),
  on: z.union([
    z.string(),
    z.array(z.string()),
    z.record(z.string(), z.union([z.null(), z.record(z.string(), z.unknown())])),
  ]),
  permissions: z.record(z.string(), z.enum(["read", "write", "none"])).optional(),
  jobs: z.record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/),
    z.strictObject({
      name: z.string().optional(),
      "runs-on": z.union([z.string(), z.array(z.string())]),
      "timeout-minutes": z.number().int().positive().optional(),
      steps: z.array(step).min(1),
    }),
  ),
});

export const uploadArtifactInputs = z.strictObject({
  name: z.string().optional(),
  path: z.string(),
  "if-no-files-found": z.enum(["warn", "error", "ignore"]).optional(),
  "retention-days": z.number().int().min(0).max(90).optional(),
});
