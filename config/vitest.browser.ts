import { defineConfig } from "vitest/config";
import { root } from "./projects.ts";

// `npm run test:browser`: the class report in headless Chromium (Debian's `chromium` package).
// Apart from `npm test`, so that a machine without Chromium still passes it. Not named
// vitest.*.config.ts, so that editors' Vitest extensions do not pick it up.
export default defineConfig({
  test: {
    root,
    name: "browser",
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
