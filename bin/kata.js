#!/usr/bin/env node
// The `kata` command. It runs the TypeScript sources through tsx, so there is no build step.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2), root);
} catch (error) {
  // Only a broken checkout gets here (main catches everything else): say so in one line.
  const detail = process.env.KATA_DEBUG ? error.stack : error.message.split("\n")[0];
  process.stderr.write(
    `kata could not start: ${detail}\nRun \`npm ci\` in the repository, then try again (KATA_DEBUG=1 shows the stack).\n`,
  );
  process.exitCode = 2;
}
