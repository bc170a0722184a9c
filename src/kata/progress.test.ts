import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Progress, readProgress, writeProgress } from "./progress.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kata-progress-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const clock = () => new Date("2026-03-04T05:06:07.089Z");
const saved: Progress = {
  version: 1,
  katas: {
    singleton: {
      status: "passed",
      passedAt: "2026-03-01T10:00:00.000Z",
      hints: { "one-instance": 2 },
      solutionViewed: true,
      solutionForced: false,
    },
    proxy: {
      status: "failing",
      step: "parity",
      hints: {},
      solutionViewed: false,
      solutionForced: true,
    },
  },
};

async function onDisk(text: string) {
  await mkdir(join(root, ".kata"), { recursive: true });
  await writeFile(join(root, ".kata", "progress.json"), text);
}

describe("progress on disk", () => {
  it("reads back what was written", async () => {
    await writeProgress(root, saved);
    expect(await readProgress(root, clock)).toEqual({ progress: saved });
  });

  it("starts afresh, without a warning, when there is no file", async () => {
    expect(await readProgress(root, clock)).toEqual({ progress: { version: 1, katas: {} } });
  });

  it("fills in what an older file did not record", async () => {
    await onDisk('{ "version": 1, "katas": { "proxy": { "status": "failing" } } }');
    expect((await readProgress(root, clock)).progress.katas.proxy).toEqual({
      status: "failing",
      hints: {},
      solutionViewed: false,
      solutionForced: false,
    });
  });

  it.each([
    ["is not JSON", "{ not json"],
    ["does not match the schema", '{ "version": 2, "katas": {} }'],
  ])("moves a file that %s aside, named with the clock's time, and warns", async (_, text) => {
    await onDisk(text);
    const { progress, warning } = await readProgress(root, clock);
    expect(progress).toEqual({ version: 1, katas: {} });
    const aside = "progress.json.corrupt-2026-03-04T05-06-07.089Z";
    expect(await readdir(join(root, ".kata"))).toEqual([aside]);
    expect(await readFile(join(root, ".kata", aside), "utf8")).toBe(text);
    expect(warning).toContain("was unreadable; it was moved to");
    expect(warning).toContain(join(root, ".kata", aside));
  });

  it("keeps the last of writes asked for at once, and fails none of them", async () => {
    // Watch mode records a green run, then the same run with its transcript checked.
    const states = ["failing", "passed", "failing", "passed"] as const;
    await Promise.all(
      states.map((status) =>
        writeProgress(root, {
          version: 1,
          katas: { k: { status, hints: {}, solutionViewed: false, solutionForced: false } },
        }),
      ),
    );
    expect((await readProgress(root, clock)).progress.katas.k?.status).toBe("passed");
    expect(await readdir(join(root, ".kata"))).toEqual(["progress.json"]);
  });

  it("writes through a temporary file and leaves none behind", async () => {
    await writeProgress(root, saved);
    await writeProgress(root, { version: 1, katas: {} });
    expect(await readdir(join(root, ".kata"))).toEqual(["progress.json"]);
    expect(JSON.parse(await readFile(join(root, ".kata", "progress.json"), "utf8"))).toEqual({
      version: 1,
      katas: {},
    });
  });
});
