import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FORK_GUARD, GUARDED } from "./fork-guard.ts";
import { sandboxArgs } from "./sandbox-args.ts";

const dir = mkdtempSync(join(tmpdir(), "kata-guard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "guard.mjs"), FORK_GUARD);

/** Runs `code` as a student's module would run in the fork: sandboxed, the guard loaded first. */
function inFork(code: string) {
  writeFileSync(join(dir, "student.mjs"), code);
  const args = sandboxArgs({
    nodeMajor: Number(process.versions.node.split(".")[0]),
    readable: [dir],
    memoryMb: 64,
    preload: join(dir, "guard.mjs"),
  });
  return spawnSync(process.execPath, [...args, join(dir, "student.mjs")], {
    cwd: dir,
    encoding: "utf8",
  });
}

describe("the fork guard", () => {
  it.each([
    [
      'import { createTracing } from "node:trace_events";',
      'createTracing({ categories: ["v8"] }).enable();',
    ],
    [
      'import trace from "node:trace_events";',
      'trace.createTracing({ categories: ["v8"] }).enable();',
    ],
    ['import { setHeapSnapshotNearHeapLimit } from "node:v8";', "setHeapSnapshotNearHeapLimit(1);"],
    ['import v8 from "node:v8";', 'v8.setFlagsFromString("--prof");'],
    [
      'import { createRequire } from "node:module";',
      'createRequire(import.meta.url)("node:v8").writeHeapSnapshot();',
    ],
  ])("refuses %s ... as the permission model would", (imports, call) => {
    const run = inFork(
      `${imports}\ntry { ${call} console.log("ran"); } catch (e) { console.log(e.code, e.resource); }\n`,
    );
    expect(run.stdout).toMatch(/^ERR_ACCESS_DENIED node:(trace_events|v8) /);
    expect(readdirSync(dir).toSorted()).toEqual(["guard.mjs", "student.mjs"]);
  });

  it("names every API it refuses", () => {
    for (const api of GUARDED) expect(FORK_GUARD).toContain(api.split(" ")[1]);
  });
});
