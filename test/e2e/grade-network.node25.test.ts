import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticClass } from "../../scripts/synthetic-class.ts";
import type { ClassReport } from "../../src/classroom/report.ts";
import { type Sandbox, sandbox } from "./sandbox.ts";

// Node's permission model covers the network from Node 25 on (before, docs/classroom.md says it
// does not). The `*.node25.test.ts` files are collected only on Node 25 and later
// (config/projects.ts), so this test runs in CI's Node 26 run and is never skipped.
let box: Sandbox;
let work: string;
beforeAll(() => {
  box = sandbox();
  work = mkdtempSync(join(tmpdir(), "kata-e2e-net-"));
});
afterAll(() => {
  box.remove();
  rmSync(work, { recursive: true, force: true });
});

describe("kata grade on Node 25 and later", () => {
  it("keeps a student's code off the network", async () => {
    const connections: string[] = [];
    const server = createServer((socket) => {
      connections.push(String(socket.remoteAddress));
      socket.destroy();
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as { port: number };
    try {
      const subs = join(work, "subs-net");
      const made = await syntheticClass(box.root, subs, {
        katas: ["singleton"],
        kinds: ["correct"],
      });
      const student = made.students[0] ?? "";
      appendFileSync(
        join(subs, student, "katas", "singleton", "singleton.ts"),
        `\n// phones home at import\nimport { connect as __c } from "node:net";\nawait new Promise((ok, ko) => __c(${port}, "127.0.0.1").on("connect", ok).on("error", ko));\n`,
      );
      const out = join(work, "out-net");
      const run = box.kata("grade", subs, "--out", out, "--timeout", "4", "--seed", "1");
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as ClassReport;
      const cell = report.students[0]?.katas[0];
      expect(cell?.outcome).toBe("refused");
      expect(cell?.detail).toMatch(/ERR_ACCESS_DENIED|Net/);
      // A connection made while the grader ran waits in the listen queue until now.
      await new Promise((settle) => setTimeout(settle, 200));
      expect(connections).toEqual([]);
    } finally {
      server.close();
    }
  });
});
