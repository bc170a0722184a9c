import { resolve } from "node:path";
import type { TestProjectInlineConfiguration } from "vitest/config";

/** Which implementation a kata's spec runs against. */
export type Impl =
  | { readonly kind: "learner" }
  | { readonly kind: "reference" }
  | { readonly kind: "decoy"; readonly file: string };

export interface Target {
  /** Unique name, used as the vitest project name: "singleton:reference". */
  readonly name: string;
  readonly kata: string;
  readonly spec: string;
  readonly impl: Impl;
  /** Katas this one builds on that run on their reference here: `solutions/<id>/<id>.ts`. */
  readonly referencePrerequisites?: readonly string[];
}

export const SETUP_FILES = ["src/testing/fast-check-setup.ts", "src/testing/trace-setup.ts"];

/**
 * The vitest project that runs one spec against one implementation. The learner's code is
 * the default condition of `#kata/*`; references use the `solutions` condition; a decoy is the
 * reference setup plus an alias for its own kata, so the katas it imports stay references.
 */
export function projectFor(
  root: string,
  target: Target,
  testTimeout: number,
): TestProjectInlineConfiguration {
  const test = {
    name: target.name,
    root,
    include: [target.spec],
    setupFiles: SETUP_FILES,
    testTimeout,
    hookTimeout: testTimeout,
  };
  const { impl } = target;
  if (impl.kind === "learner") {
    // A prerequisite the learner has not finished runs on its reference, like a decoy's kata.
    const alias = (target.referencePrerequisites ?? []).map((id) => ({
      find: new RegExp(`^#kata/${id}$`),
      replacement: resolve(root, "solutions", id, `${id}.ts`),
    }));
    return alias.length > 0 ? { resolve: { alias }, test } : { test };
  }
  const solutions = { ssr: { resolve: { conditions: ["solutions"] } } };
  if (impl.kind === "reference") return { ...solutions, test };
  const find = new RegExp(`^#kata/${target.kata}$`);
  return {
    ...solutions,
    resolve: { alias: [{ find, replacement: resolve(root, impl.file) }] },
    test,
  };
}
