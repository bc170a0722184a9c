import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { TypeDiagnostic } from "../../src/kata/outcome.ts";
import { type TscWatch, tscWatch } from "../../src/runner/tsc-watch.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Watch mode's type checker, driven as a learner's saves drive it: the type errors shown must
// be those of the file as it is now, never of a line the learner has already replaced.
let box: Sandbox;
let tsc: TscWatch | undefined;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => {
  tsc?.close();
  box.remove();
});

async function until(done: () => boolean, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(25);
  }
}

it("drops the type errors of a check whose file was saved again while it ran", async () => {
  const file = join(box.root, "katas/singleton/singleton.ts");
  const stub = readFileSync(file, "utf8");
  const cycles: string[][] = [];
  const codes = (diagnostics: readonly TypeDiagnostic[]) =>
    diagnostics.map((d) => `${d.code} at line ${d.line}`);
  let onStart = () => {};
  tsc = tscWatch(
    box.root,
    (d) => cycles.push(codes(d)),
    () => onStart(),
  );
  await until(() => cycles.length > 0, "the first check");
  expect(cycles).toEqual([[]]);

  // A broken line is saved; 100 ms into its check (which has read it by then and takes longer),
  // the learner saves the fix.
  onStart = () => {
    onStart = () => {};
    setTimeout(() => writeFileSync(file, stub), 100);
  };
  appendFileSync(file, 'export const broken: number = "one";\n');
  await until(() => cycles.length > 1, "the check of the fix");
  await sleep(3_000);
  expect(cycles).toEqual([[], []]);
}, 120_000);
