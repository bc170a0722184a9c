import { z } from "zod";
import { TRACKS } from "./vocabulary.ts";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case, like one-instance");

/** One rung of a kata: its id is the title of one top-level `describe` in the spec. */
export const stepSchema = z.strictObject({
  id: kebab,
  title: z.string().min(1),
  hints: z.array(z.string().min(1)).min(1, "give at least one hint, from vague to specific"),
});

/**
 * A translation of the kata's words. `source` is the hash of the English it translates
 * (README.md, title, step titles and hints); `kata verify` flags it when the English changes.
 */
export const translationSchema = z.strictObject({
  source: z.string().regex(/^[0-9a-f]{16}$/, "must be the 16-hex-digit hash `kata verify` prints"),
  title: z.string().min(1),
  steps: z.record(
    z.string(),
    z.strictObject({ title: z.string().min(1), hints: z.array(z.string().min(1)).min(1) }),
  ),
  /**
   * The spec's test and law titles, keyed by the English title below its step's `describe`
   * (nested describes joined with " > ", as vitest names them): what the CLI shows in this language.
   */
  tests: z.record(z.string().min(1), z.string().min(1)).optional(),
});

export type { Locale, Track } from "./vocabulary.ts";

/** `katas/<id>/kata.json`: see docs/kata-contract.md. */
export const manifestSchema = z.strictObject({
  id: kebab,
  title: z.string().min(1),
  order: z.number().int().positive(),
  track: z.enum(TRACKS),
  difficulty: z.enum(["easy", "medium", "hard"]),
  tags: z.array(z.string().min(1)),
  python: z.string().regex(/\.py$/, "must name the Python original, like original.py"),
  api: z.array(z.string().min(1)).min(1),
  /** Katas this one builds on (it imports them as `#kata/<id>`): listed, and shown first. */
  requires: z.array(kebab).optional(),
  steps: z.array(stepSchema).min(1),
  /**
   * Set only in a student pack, by `kata classroom pack --solved <id>`: the kata ships with its
   * reference in place of the stub, so the katas built on it can be done without it. It counts
   * as done.
   */
  given: z.literal(true).optional(),
  translations: z.strictObject({ "zh-CN": translationSchema.optional() }).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Translation = z.infer<typeof translationSchema>;
