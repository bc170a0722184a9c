import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Each test spawns the real CLI on a throwaway copy of the repository and feeds it something
// a learner (or a broken checkout) could produce: the exit code and message must be right,
// there must be no stack trace, and the learner's files must be byte-identical afterwards.
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const stub = () => join(box.root, "katas/singleton/singleton.ts");
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function edit(change: (text: string) => string) {
  writeFileSync(stub(), change(readFileSync(stub(), "utf8")));
}

describe("kata CLI on hostile input", () => {
  it("names the closest ids for an unknown kata and exits 2", () => {
    const run = box.kata("test", "singelton");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no kata called "singelton".');
    expect(run.stderr).toContain('Did you mean "singleton"?');
  });

  it("names the file and the field of a broken manifest and exits 2", () => {
    const file = join(box.root, "katas/singleton/kata.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"easy"', '"trivial"'));
    const run = box.kata("list");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("katas/singleton/kata.json is not a valid kata manifest");
    expect(run.stderr).toMatch(/difficulty: /);
    noStack(run.stderr);
  });

  it("fails the untouched stub at step 1 and exits 1", () => {
    const before = box.katasHash();
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Step 1 of 4, one-instance");
    expect(run.stdout).toContain("Hint:");
    expect(box.katasHash()).toBe(before);
  });

  it("passes once the reference is copied over the stub, and then shows the solution", () => {
    cpSync(join(box.root, "solutions/singleton/singleton.ts"), stub());
    const run = box.kata("test", "singleton");
    expect(run.stdout).toContain(
      "All 4 steps are green, and the port prints what the Python prints.",
    );
    expect(run.stdout).toMatch(/✓ 5. parity +demo\(\) = original.py in CPython 3.14/);
    expect(run.code).toBe(0);
    const solution = box.kata("solution", "singleton");
    expect(solution.code).toBe(0);
    expect(solution.stdout).toContain("export class PrinterManager");
  });

  it("shows a type error as file:line before running tests", () => {
    edit((t) =>
      t.replace(
        "print(document: string): number {",
        "print(document: string): number {\n    const n: number = document;",
      ),
    );
    const before = box.katasHash();
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /katas\/singleton\/singleton\.ts:\d+:\d+ Type 'string' is not assignable to type 'number'/,
    );
    expect(box.katasHash()).toBe(before);
  });

  it("names a syntax error as such, with file:line", () => {
    edit((t) =>
      t.replace(
        "static getInstance(): PrinterManager {",
        "static getInstance(): PrinterManager {{",
      ),
    );
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/katas\/singleton\/singleton\.ts:\d+:\d+ /);
    expect(run.stdout).toContain("syntax error");
    expect(run.stdout).not.toContain("type error");
    noStack(run.stdout + run.stderr);
  });

  it("gives a Python programmer a one-line tip for a possibly undefined index", () => {
    edit(
      (t) => `${t}
export const second = (xs: readonly number[]): number => xs[1] + 1;
`,
    );
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Tip: .*may be `undefined`/);
  });

  it("names a missing export with the learner's file, without the spec's knock-on errors", () => {
    edit((t) => t.replace("export function lazyAsync", "function lazyAsync"));
    const before = box.katasHash();
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("katas/singleton/singleton.ts does not export lazyAsync.");
    expect(run.stdout).not.toMatch(/singleton\.test(-d)?\.ts|TS2578|type error/);
    noStack(run.stdout + run.stderr);
    expect(box.katasHash()).toBe(before);
  });

  it("prints a replay command that replays the one broken law, and only it", () => {
    // The reference, but printNext takes the newest of three or more: only the FIFO law sees it.
    writeFileSync(
      stub(),
      readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8").replace(
        "return this.#queue.shift();",
        "return this.#queue.length >= 3 ? this.#queue.pop() : this.#queue.shift();",
      ),
    );
    const first = box.kata("test", "singleton");
    const replay =
      /replay: FC_SEED=(-?\d+) FC_PATH="([^"]*)" FC_REPLAY_PATH="([^"]*)" FC_TEST='([^']*)' npx kata test singleton/.exec(
        first.stdout,
      );
    expect(replay, first.stdout).not.toBeNull();
    const [, seed = "", path = "", commands = "", test = ""] = replay ?? [];
    expect(test).toMatch(/^print-queue > law: /);
    const counterexample = /law broken by: (.*) \(shrunk/.exec(first.stdout)?.[1];
    const again = box.kataWith(
      { FC_SEED: seed, FC_PATH: path, FC_REPLAY_PATH: commands, FC_TEST: test },
      "test",
      "singleton",
    );
    expect(again.stdout).toContain(`law broken by: ${counterexample} (shrunk 0 times)`);
    // Every other property runs as usual: none is asked to replay a path that is not its own.
    expect(again.stdout).not.toContain("Unable to replay");
    expect(again.stdout).toMatch(/✓ 1\. one-instance/);
  });

  it("reports a throw at import as a load error naming the file", () => {
    edit((t) => `throw new Error("boom at import");\n${t}`);
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("katas/singleton/singleton.ts does not load:");
    expect(run.stdout).toContain("boom at import");
  });

  it("stops a synchronous infinite loop at the time limit, keeps the step table and names the test", () => {
    // The reference passes step 1; its print() then never returns.
    writeFileSync(
      stub(),
      readFileSync(join(box.root, "solutions/singleton/singleton.ts"), "utf8").replace(
        "print(document: string): number {",
        'print(document: string): number {\n    while (document !== "\\u0000") {}',
      ),
    );
    const before = box.katasHash();
    const run = box.kata("test", "singleton", "--timeout", "3");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("did not finish within 3 s");
    expect(run.stdout).toMatch(/✓ 1\. one-instance .*\n.*✗ 2\. print-queue +did not finish/);
    expect(run.stdout).toMatch(/Still running: print-queue › .+/);
    expect(box.katasHash()).toBe(before);
  });

  it("stops a promise that never settles", () => {
    cpSync(join(box.root, "solutions/singleton/singleton.ts"), stub());
    edit((t) =>
      t.replace("pending ??= init()", "pending ??= new Promise<never>(() => {}) ?? init()"),
    );
    const run = box.kata("test", "singleton", "--timeout", "2");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/timed out in 2000ms|did not finish within 2 s/);
  });

  it("says which file is missing when the spec was deleted, and exits 2", () => {
    rmSync(join(box.root, "katas/singleton/singleton.test.ts"));
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("katas/singleton/singleton.test.ts is missing");
  });

  it("warns about a corrupt progress file, sets it aside and carries on", () => {
    const progress = join(box.root, ".kata/progress.json");
    box.kata("hint", "singleton");
    writeFileSync(progress, "{ not json");
    const run = box.kata("list");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("was unreadable; it was moved to");
    expect(run.stdout).toContain("singleton");
  });

  it("says so, with exit 2 and no stack, when .kata/progress.json is a folder", () => {
    mkdirSync(join(box.root, ".kata/progress.json"), { recursive: true });
    const before = box.katasHash();
    const run = box.kata("test", "singleton");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cannot read .kata/progress.json (EISDIR)");
    expect(run.stderr).not.toContain("unexpectedly");
    noStack(run.stdout + run.stderr);
    expect(box.katasHash()).toBe(before);
  });

  it("says so when .kata is a file, and keeps that file", () => {
    writeFileSync(join(box.root, ".kata"), "mine");
    const run = box.kata("hint", "singleton");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot (read|write) \.kata\/progress\.json \((ENOTDIR|EEXIST)\)/);
    expect(readFileSync(join(box.root, ".kata"), "utf8")).toBe("mine");
    noStack(run.stdout + run.stderr);
  });

  it("restores nothing when the backup cannot be made (.kata/backups is a file)", () => {
    mkdirSync(join(box.root, ".kata"), { recursive: true });
    writeFileSync(join(box.root, ".kata/backups"), "");
    edit((t) => `${t}\n// my work\n`);
    const before = box.katasHash();
    const run = box.kata("reset", "singleton", "--yes");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("so nothing was restored");
    noStack(run.stdout + run.stderr);
    expect(box.katasHash()).toBe(before);
  });

  it("refuses a --from that git would read as an option", () => {
    const before = box.katasHash();
    const run = box.kata("reset", "singleton", "--yes", "--from=--output=/tmp/x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--from takes a git revision");
    expect(box.katasHash()).toBe(before);
  });

  it("backs up the learner's file before a reset restores the stub", () => {
    const original = readFileSync(stub(), "utf8");
    writeFileSync(stub(), "// my work in progress\n");
    const run = box.kata("reset", "singleton", "--yes");
    expect(run.code).toBe(0);
    const backup = /Backed up to (\S+)/.exec(run.stdout)?.[1] ?? "";
    expect(readFileSync(join(box.root, backup, "katas/singleton/singleton.ts"), "utf8")).toBe(
      "// my work in progress\n",
    );
    expect(readFileSync(stub(), "utf8")).toBe(original);
  });

  it("refuses a reset without a terminal unless --yes is given, changing nothing", () => {
    writeFileSync(stub(), "// mine\n");
    const run = box.kata("reset", "singleton");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pass --yes");
    expect(readFileSync(stub(), "utf8")).toBe("// mine\n");
  });

  it("keeps the backup and says where it is when the stub cannot be written", () => {
    // Root ignores permission bits, so a directory where the file should be stands in for a
    // read-only file: the write fails for every user.
    rmSync(stub());
    cpSync(join(box.root, "katas/singleton/original.py"), join(stub(), "blocker"));
    chmodSync(join(box.root, "katas/singleton"), 0o555);
    const run = box.kata("reset", "singleton", "--yes");
    chmodSync(join(box.root, "katas/singleton"), 0o755);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /Could not write katas\/singleton\/singleton\.ts: EISDIR\. Your work is safe in \.kata\/backups\//,
    );
    noStack(run.stderr);
  });
});
