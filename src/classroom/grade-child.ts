// A grading worker: for each request from its parent (IPC), runs one student's kata specs with
// vitest and answers with what happened. This process is the tool's own code and never imports
// the student's modules: vitest runs them in a fork started with the request's execArgv (Node's
// permission model, a heap limit). Vitest transforms the student's TypeScript here, so that fork
// needs no native addons and no worker threads. The worker lives for many students, so vitest's
// start-up is paid once per worker, not once per student.

import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { SerializedError } from "vitest";
import { createVitest, type TestCase, type TestModule } from "vitest/node";
import { stopTree } from "../runner/process.ts";
import { SETUP_FILES } from "../runner/targets.ts";
import {
  type ChildKata,
  type ChildReply,
  type ChildRequest,
  type ErrorInfo,
  type GradedTest,
  stderrMark,
} from "./grade-protocol.ts";
import { hardenVitest } from "./harden-vitest.ts";
import { loadGuard } from "./load-guard.ts";

/** Paths in messages, relative to the student's copy: `katas/x/x.ts:3:7`, as in the student's own repository. */
function local(root: string, text: string): string {
  // The worker works in the student's copy, where the relative form of root is empty.
  const fromHere = relative(process.cwd(), root);
  const prefixes = [`${root}/`, ...(fromHere ? [`${fromHere}/`] : [])];
  return prefixes.reduce((t, prefix) => t.replaceAll(prefix, ""), text);
}

function info(root: string, error: SerializedError | { message: string }): ErrorInfo {
  const e = error as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? local(root, v) : undefined);
  const message = local(root, stripVTControlCharacters(String(e.message ?? error))).slice(0, 2000);
  const fields = { code: text(e.code), permission: text(e.permission), resource: text(e.resource) };
  return {
    message,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
  };
}

function stepOf(test: TestCase): string {
  let node: TestCase["parent"] = test.parent;
  let step = "";
  while (node.type === "suite") {
    step = node.name;
    node = node.parent;
  }
  return step;
}

function graded(root: string, test: TestCase): GradedTest {
  const result = test.result();
  const state =
    result.state === "passed" ? "passed" : result.state === "failed" ? "failed" : "skipped";
  const first = result.errors?.[0];
  return {
    step: stepOf(test),
    name: test.name,
    state,
    ...(first ? { error: info(root, first) } : {}),
  };
}

const mark = (edge: "start" | "end", id: number) =>
  new Promise<void>((done) => {
    process.stderr.write(stderrMark(edge, id), () => done());
  });

/** Answers the parent, after marking the end of this request's stderr (the forks are gone). */
async function reply(id: number, answer: ChildReply): Promise<void> {
  await mark("end", id);
  await new Promise<void>((done) => {
    process.send?.(answer, () => done());
  });
}

async function grade(request: ChildRequest): Promise<void> {
  await mark("start", request.id);
  const specOf = (id: string) => join("katas", id, `${id}.test.ts`);
  const kataOf = (moduleId: string) =>
    request.katas.find((id) => moduleId.endsWith(`/${specOf(id)}`));
  const finished: Record<string, ChildKata> = {};
  const running = new Map<string, { readonly since: number; readonly tests: GradedTest[] }>();
  // Refusals made in this process on the fork's behalf: recorded even when the student's code
  // catches the error it gets.
  const refusals = new Map<string, ErrorInfo[]>();
  const withRefusals = (id: string, result: ChildKata): ChildKata =>
    result.kind === "timeout" || !refusals.has(id)
      ? result
      : { ...result, errors: [...(refusals.get(id) ?? []), ...result.errors] };

  // A synchronous loop in the student's code blocks the fork, not this process: watch the clock.
  const watchdog = setInterval(async () => {
    for (const [id, run] of running) {
      if ((Date.now() - run.since) / 1000 <= request.timeoutSeconds) continue;
      clearInterval(watchdog);
      finished[id] = { kind: "timeout", tests: run.tests, seconds: request.timeoutSeconds };
      await reply(request.id, { report: { katas: finished }, leaving: true });
      // The hung fork is still running; the parent kills this process group once we are gone.
      process.exit(0);
    }
  }, 200);

  mkdirSync(request.tmpDir, { recursive: true });
  // Vitest writes transformed modules under os.tmpdir(); the fork may read only inside root.
  process.env.TMPDIR = request.tmpDir;
  // The fork starts here: whatever it manages to write in its working folder stays in the
  // student's copy, where the grader looks for it, and goes with it.
  process.chdir(request.root);
  // A test that never settles fails at half the kata's limit, so the kata's other tests still
  // run and count; the watchdog stops the kata as a whole at the limit.
  const testTimeout = request.timeoutSeconds * 500;
  const vitest = await createVitest(
    "test",
    {
      root: request.root,
      config: false,
      watch: false,
      reporters: [
        {
          onTestModuleQueued(module: TestModule) {
            const id = kataOf(module.moduleId);
            if (id) running.set(id, { since: Date.now(), tests: [] });
          },
          onTestCaseResult(test: TestCase) {
            const id = kataOf(test.module.moduleId);
            if (id) running.get(id)?.tests.push(graded(request.root, test));
          },
          onTestModuleEnd(module: TestModule) {
            const id = kataOf(module.moduleId);
            if (!id) return;
            running.delete(id);
            finished[id] = withRefusals(id, {
              kind: "ran",
              tests: [...module.children.allTests()].map((t) => graded(request.root, t)),
              errors: module.errors().map((e) => info(request.root, e)),
            });
          },
          onTestRunEnd(_modules, unhandled) {
            // A module still running when the run ended lost its fork: it crashed.
            for (const [id, run] of running) {
              finished[id] = withRefusals(id, {
                kind: "crashed",
                tests: run.tests,
                errors: unhandled.map((e) => info(request.root, e)),
              });
            }
            running.clear();
          },
        },
      ],
    },
    {
      logLevel: "silent",
      cacheDir: join(request.tmpDir, "vite"),
      test: {
        cache: false,
        maxWorkers: 1,
        // The student's console output is not graded: the fork does not even send it.
        silent: true,
        projects: [
          {
            // The fork reads through this process too: it may load only what it may read.
            plugins: [loadGuard(request.readable)],
            test: {
              name: "student",
              root: request.root,
              include: request.katas.map(specOf),
              setupFiles: SETUP_FILES,
              testTimeout,
              hookTimeout: testTimeout,
              // One fork for all of this student's katas: its start-up is paid once. A crash or a
              // hang ends it; the parent then asks again for the katas not yet run.
              pool: "forks",
              isolate: false,
              execArgv: [...request.execArgv],
            },
          },
        ],
      },
    },
  );
  try {
    hardenVitest(vitest, (moduleId, error) => {
      const id = kataOf(moduleId);
      // A few are evidence enough; a loop of them must not fill the worker's memory.
      const kept = refusals.get(id ?? "") ?? [];
      if (id && kept.length < 10) refusals.set(id, [...kept, info(request.root, error)]);
    });
    await vitest.start();
  } finally {
    await vitest.close();
    clearInterval(watchdog);
  }
  await reply(request.id, { report: { katas: finished }, leaving: false });
}

// One request at a time: the parent waits for each answer before it sends the next.
process.on("message", (request: ChildRequest) => {
  grade(request).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
});
// The parent is gone (done, or stopped with Ctrl-C): take this process group down, a fork stuck
// in a loop included, since nothing else would.
process.on("disconnect", () => stopTree(process.pid));
