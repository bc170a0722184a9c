#!/usr/bin/env node
// The `kata` command. It runs the TypeScript sources through tsx, so there is no build step.
// `kata test` first asks this root's daemon, before tsx is even loaded (bin/kata-client.js).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wanted } from "./daemon-protocol.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const client = wanted(argv, process.env) ? await import("./kata-client.js") : undefined;
const asked = client ? await client.ask(root, argv).catch(() => ({ failed: "client" })) : undefined;
if (asked?.answer) {
  for (const { fd, text } of asked.answer.output)
    (fd === 1 ? process.stdout : process.stderr).write(text);
  if (process.env.KATA_DEBUG) {
    process.stderr.write(`kata: answered by the daemon (pid ${asked.answer.pid})\n`);
  }
  process.exitCode = asked.answer.exitCode;
} else {
  if (asked && process.env.KATA_DEBUG) {
    process.stderr.write(`kata: no daemon answer (${JSON.stringify(asked)}), running here\n`);
  }
  await direct();
  // The next call finds a warm daemon; this one was not slowed down by starting it.
  if (client && asked && !asked.unsafe) client.startDaemon(root);
}

async function direct() {
  const { register } = await import("tsx/esm/api");
  register();
  try {
    const { main } = await import("../src/cli/main.ts");
    process.exitCode = await main(argv, root);
  } catch (error) {
    // Only a broken checkout gets here (main catches everything else): say so in one line.
    const detail = process.env.KATA_DEBUG ? error.stack : error.message.split("\n")[0];
    process.stderr.write(
      `kata could not start: ${detail}\nRun \`npm ci\` in the repository, then try again (KATA_DEBUG=1 shows the stack).\n`,
    );
    process.exitCode = 2;
  }
}
