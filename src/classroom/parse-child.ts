// A parsing child: for each request from its parent (IPC), compiles each of a student's files with
// the compiler vitest uses (oxc, through Vite), one after another, and says which file it is on.
// Deeply nested code overflows the native parser's stack and kills the process with SIGSEGV:
// here that costs this child, which the parent replaces, instead of the grading worker. Nothing
// of the student's code runs here; a syntax error is vitest's to report.

import { readFile } from "node:fs/promises";
import { transformWithOxc } from "vite";
import type { ParseReply, ParseRequest } from "./parse-check.ts";

const send = (reply: ParseReply) =>
  new Promise<void>((done) => {
    process.send?.(reply, () => done());
  });

process.on("message", async (request: ParseRequest) => {
  for (const file of request.files) {
    await send({ parsing: file });
    const code = await readFile(file, "utf8").catch(() => "");
    await transformWithOxc(code, file, { lang: "ts" }).catch(() => undefined);
  }
  await send({ done: true });
});
process.on("disconnect", () => process.exit(0));
