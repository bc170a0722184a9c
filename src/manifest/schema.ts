import { z } from "zod";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case, like one-instance");

/** One rung of a kata: its id is the title of one top-level `describe` in the spec. */
export const stepSchema = z.strictObject({
  id: kebab,
  title: z.string().min(1),
  hints: z.array(z.string().min(1)).min(1, "give at least one hint, from vague to specific"),
});

/** `katas/<id>/kata.json`: see docs/kata-contract.md. */
export const manifestSchema = z.strictObject({
  id: kebab,
  title: z.string().min(1),
  order: z.number().int().positive(),
  difficulty: z.enum(["easy", "medium", "hard"]),
  tags: z.array(z.string().min(1)),
  python: z.string().regex(/\.py$/, "must name the Python original, like original.py"),
  api: z.array(z.string().min(1)).min(1),
  steps: z.array(stepSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type Step = z.infer<typeof stepSchema>;
