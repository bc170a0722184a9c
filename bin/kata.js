#!/usr/bin/env node
// The `kata` command. It runs the TypeScript sources through tsx, so there is no build step.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), root);
