import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import { cycleReader, newestKataEdit } from "./tsc-watch.ts";

// What tsc --watch --pretty false prints for two checks, the second after a save.
const FIRST = "09:53:08 PM - Starting compilation in watch mode...\n\n";
const ERROR =
  "katas/k/k.ts(45,14): error TS2322: Type 'string' is not assignable to type 'number'.\n";
const END = (n: number) =>
  `09:53:12 PM - Found ${n} error${n === 1 ? "" : "s"}. Watching for file changes.\n\n`;
const AGAIN = "09:53:18 PM - File change detected. Starting incremental compilation...\n\n";

/** A reader on a clock that reads `times` in turn, and kata files last saved at `edited`. */
function reader(times: number[], edited: () => number) {
  const cycles: string[][] = [];
  const clock = [...times];
  const read = cycleReader(
    (d: TypeDiagnostic[]) => cycles.push(d.map((x) => `${x.code} at line ${x.line}`)),
    () => clock.shift() ?? 0,
    edited,
  );
  return { read, cycles };
}

describe("cycleReader", () => {
  it("reports each check's diagnostics when no kata file changed after the check began", () => {
    // The clock reads 0 when the reader is made, 10 and 100 as the checks begin; the last save was at 5.
    const { read, cycles } = reader([0, 10, 100], () => 5);
    read(FIRST);
    read(END(0));
    read(AGAIN + ERROR);
    read(END(1));
    expect(cycles).toEqual([[], ["TS2322 at line 45"]]);
  });

  it("drops a check whose kata files were saved after it began: the next check reports", () => {
    // The second check begins at 100; the learner saves the fix at 150, before it ends at 160;
    // the check tsc runs for that save begins at 200.
    let edited = 5;
    const { read, cycles } = reader([0, 10, 100, 160, 200], () => edited);
    read(FIRST + END(0));
    read(AGAIN + ERROR);
    edited = 150;
    read(END(1));
    read(AGAIN);
    read(END(0));
    expect(cycles).toEqual([[], []]);
  });

  it("hands a check saved over while it ran to onLate, with the time it ended", () => {
    // The check begins at 10; an editor's second write lands at 12; the check ends at 40.
    let edited = 5;
    const late: [string[], number][] = [];
    const cycles: TypeDiagnostic[][] = [];
    const clock = [0, 10, 40];
    const read = cycleReader(
      (d) => cycles.push(d),
      () => clock.shift() ?? 0,
      () => edited,
      () => {},
      (d, ended) => late.push([d.map((x) => x.code), ended]),
    );
    read(AGAIN + ERROR);
    edited = 12;
    read(END(1));
    expect(cycles).toEqual([]);
    expect(late).toEqual([[["TS2322"], 40]]);
  });

  it("counts a save as seen only if it came 2 ms or more before the check's first line arrived", () => {
    // tsc printed its line just after a save at 9: the line reached us at 10, and tsc may
    // have read the file before the save landed.
    const late: number[] = [];
    const cycles: number[] = [];
    const clock = [0, 10, 30];
    const read = cycleReader(
      (_d, seenUpTo) => cycles.push(seenUpTo),
      () => clock.shift() ?? 0,
      () => 9,
      () => {},
      (_d, ended) => late.push(ended),
    );
    read(AGAIN + END(0));
    expect(cycles).toEqual([]);
    expect(late).toEqual([30]);
  });

  it("reads a check split across chunks at any point", () => {
    const { read, cycles } = reader([0, 10], () => 0);
    const text = FIRST + ERROR + END(1);
    for (const ch of text) read(ch);
    expect(cycles).toEqual([["TS2322 at line 45"]]);
  });
});

describe("newestKataEdit", () => {
  it("is 0, not a throw, for a repository whose katas/ folder is gone", () => {
    const root = mkdtempSync(join(tmpdir(), "kata-no-katas-"));
    try {
      expect(newestKataEdit(root)).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
