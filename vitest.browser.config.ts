import { defineConfig } from "vitest/config";

// `npm run test:browser`: the class report in headless Chromium (Debian's `chromium` package).
// Apart from `npm test`, so that a machine without Chromium still passes it.
export default defineConfig({
  test: { name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 30_000 },
});
