import { defineConfig } from "vitest/config";
import { projects } from "./config/projects.ts";

// What `npx vitest` and editors (the VS Code Vitest extension) run: the kata specs against your
// code in katas/. The maintainers' projects (unit, e2e, the references, CPython parity) are in
// config/vitest.maintainers.ts, which `npm test` runs.
export default defineConfig({ test: { projects: [projects.katas] } });
