import { defineConfig } from "vitest/config";
import { projects, root } from "./projects.ts";

// `npm test`'s vitest run: the CLI's unit and end-to-end tests, the kata specs against the
// references, and parity with CPython. The learner's own katas are vitest.config.ts's.
// `npx vitest run --config config/vitest.maintainers.ts --project solutions` runs one of them.
const { unit, e2e, solutions, parity, grading, daemon } = projects;
export default defineConfig({
  test: { root, projects: [unit, e2e, solutions, parity, grading, daemon] },
});
