import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { createVitest, type Reporter } from "vitest/node";
import { prestartedThreads } from "./prestarted-threads.ts";

const root = mkdtempSync(join(tmpdir(), "kata-prestarted-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Each run appends what its thread saw: its id, when the thread started, and whether a run
// before it left anything on the global object.
writeFileSync(
  join(root, "seen.test.ts"),
  `import { appendFileSync } from "node:fs";
import { threadId, workerData } from "node:worker_threads";
import { it } from "vitest";
it("records its thread", () => {
  const g = globalThis as { leftOver?: true };
  appendFileSync(${JSON.stringify(join(root, "seen.jsonl"))}, JSON.stringify({
    threadId, started: workerData.startedAt, probe: process.env.KATA_PROBE, leftOver: g.leftOver === true,
  }) + "\\n");
  g.leftOver = true;
});
`,
);

it("runs each run in a new thread, started before the run was asked for unless the environment changed, with nothing left by the last", async () => {
  const states: string[] = [];
  const reporter: Reporter = {
    onTestRunEnd: (modules, errors) =>
      void states.push(...modules.map((m) => m.state()), ...errors.map((e) => String(e.message))),
  };
  const vitest = await createVitest(
    "test",
    { root, config: false, watch: false, pool: prestartedThreads(), reporters: [reporter] },
    { logLevel: "silent" },
  );
  const specs = await vitest.globTestSpecifications();
  const asked: number[] = [];
  for (let run = 0; run < 4; run++) {
    // Time for the spare thread to load, as between two saves.
    await new Promise((done) => setTimeout(done, 500));
    // The last run's environment differs (a replay's FC_SEED): the spare started with the old
    // one must not serve it.
    if (run === 3) process.env.KATA_PROBE = "replay";
    asked.push(Date.now());
    await vitest.runTestSpecifications(specs);
  }
  await vitest.close();
  expect(states).toEqual(["passed", "passed", "passed", "passed"]);
  const seen = readFileSync(join(root, "seen.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map(
      (line) =>
        JSON.parse(line) as {
          threadId: number;
          started: number;
          leftOver: boolean;
          probe?: string;
        },
    );
  delete process.env.KATA_PROBE;
  expect(seen).toHaveLength(4);
  expect(new Set(seen.map((s) => s.threadId)).size).toBe(4);
  expect(seen.map((s) => s.leftOver)).toEqual([false, false, false, false]);
  expect(seen.map((s) => s.probe)).toEqual([undefined, undefined, undefined, "replay"]);
  // The first run has no spare yet; the later ones' threads were up before they were asked for.
  expect(seen[1]?.started).toBeLessThan(asked[1] ?? 0);
  expect(seen[2]?.started).toBeLessThan(asked[2] ?? 0);
  expect(seen[0]?.started).toBeGreaterThan(asked[0] ?? 0);
  expect(seen[3]?.started).toBeGreaterThan(asked[3] ?? 0);
}, 60_000);
