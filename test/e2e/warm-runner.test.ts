import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, expect, it } from "vitest";
import { findKata } from "../../src/kata/catalog.ts";
import type { KataOutcome } from "../../src/kata/outcome.ts";
import { type WarmRunner, warmRunner } from "../../src/runner/warm-runner.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Watch mode's runner, driven as a learner's saves drive it: the verdict shown must be the
// verdict on the file as it is now, never on a version the learner has already replaced.
let box: Sandbox;
let runner: WarmRunner | undefined;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => {
  runner?.close();
  box.remove();
});

/** A one-word summary of an outcome, enough to tell a stale red from the new green. */
function verdict(outcome: KataOutcome): string {
  if (outcome.kind !== "tests") return outcome.kind;
  const green = outcome.report.tests.every((t) => t.state === "passed");
  return `${green ? "green" : "red"}${outcome.parity ? `, parity ${outcome.parity.kind}` : ""}`;
}

async function until(done: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(25);
  }
}

it("drops the verdict of a run whose file was saved again while it ran", async () => {
  const file = join(box.root, "katas/singleton/singleton.ts");
  const stub = readFileSync(file, "utf8");
  const reference = readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8");
  // Still the stub, but loading it takes 3 s: long enough to save again while it runs.
  const slow = `const until = Date.now() + 3000;\nwhile (Date.now() < until) {}\n${stub}`;

  const outcomes: KataOutcome[] = [];
  let onStart = () => {};
  const kata = await findKata(box.root, "singleton");
  runner = warmRunner(
    box.root,
    kata,
    30,
    (outcome) => outcomes.push(outcome),
    () => onStart(),
  );
  await until(() => outcomes.length > 0, "the stub's verdict");
  expect(outcomes.map(verdict)).toEqual(["red"]);

  // The slow stub's run starts and has read the file; the learner saves the fix before it ends.
  onStart = () => {
    onStart = () => {};
    setTimeout(() => writeFileSync(file, reference), 1200);
  };
  writeFileSync(file, slow);
  await until(() => outcomes.some((o) => verdict(o) === "green, parity same"), "the fix's verdict");
  expect(outcomes.map(verdict)).toEqual(["red", "green, parity pending", "green, parity same"]);
}, 120_000);
