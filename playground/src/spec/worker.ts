import "fast-check";
import "./expect.ts";
import { startTests, type Test, type VitestRunner, type VitestRunnerConfig } from "@vitest/runner";
import { testPlace } from "../../../src/testing/test-place.ts";
import { Linker } from "./link.ts";
import type { DemoLines, SpecMessage, SpecRequest } from "./protocol.ts";
import { reportOf, stateOf, titlesOf } from "./report.ts";

// One run of one spec against the learner's code, in a Web Worker of its own: a `while (true)`
// blocks only this worker, which the page terminates at the time limit. A worker runs once
// (the spec's module, and the learner's, are evaluated once per worker), so the page keeps a
// fresh one ready. fast-check and expect are imported above to be loaded before the request.

// Every spec, bundled at build time; `#kata/<id>` inside it is the learner's module (vite.config.ts).
const specs = import.meta.glob("../../../katas/*/*.test.ts");
const scope = self as unknown as {
  postMessage(message: SpecMessage): void;
  onmessage: ((event: MessageEvent<SpecRequest>) => void) | null;
  addEventListener(type: "unhandledrejection", listener: (e: PromiseRejectionEvent) => void): void;
};
const post = (message: SpecMessage) => scope.postMessage(message);
const unhandled: unknown[] = [];
scope.addEventListener("unhandledrejection", (event) => unhandled.push(event.reason));

const config: VitestRunnerConfig = {
  root: "/",
  setupFiles: ["src/testing/fast-check-setup.ts"],
  name: undefined,
  passWithNoTests: false,
  testNamePattern: undefined,
  allowOnly: false,
  sequence: { seed: 0, hooks: "stack", setupFiles: "list" },
  chaiConfig: undefined,
  maxConcurrency: 5,
  // The CLI's limit per test, for tests that await forever.
  testTimeout: 10_000,
  hookTimeout: 10_000,
  retry: 0,
  includeTaskLocation: false,
  tags: [],
  tagsFilter: undefined,
  strictTags: false,
};

const trace = (test: Test) => testPlace(titlesOf(test));

const runner: VitestRunner = {
  config,
  async importFile(filepath, source) {
    if (source === "setup") return import("../../../src/testing/fast-check-setup.ts");
    const load = specs[`../../../${filepath}`];
    if (!load) throw new Error(`no spec ${filepath} in the playground`);
    return load();
  },
  onBeforeRunTask: (test) => post({ trace: trace(test) }),
  onAfterRunTask: (test) => post({ trace: { ...trace(test), state: stateOf(test) } }),
};

/** The learner's module and those it builds on, each evaluated afresh per Linker. */
async function load(request: SpecRequest): Promise<{
  learner: Record<string, unknown>;
  katas: Record<string, Record<string, unknown>>;
}> {
  const linker = new Linker(request.modules, request.kataPaths);
  const learner = (await import(/* @vite-ignore */ await linker.url(request.file))) as Record<
    string,
    unknown
  >;
  const katas: Record<string, Record<string, unknown>> = { [request.kata]: learner };
  for (const [id, path] of Object.entries(request.kataPaths))
    katas[id] = await import(/* @vite-ignore */ await linker.url(path));
  return { learner, katas };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** demo() of a fresh copy of the module, as the CLI's parity check imports the module afresh. */
async function demoLines(request: SpecRequest): Promise<DemoLines> {
  try {
    const { demo } = (await load(request)).learner as { demo?: () => unknown };
    const lines = await (demo as () => Promise<unknown>)();
    return Array.isArray(lines)
      ? { lines: lines.map(String) }
      : { error: "demo() did not return a list of lines" };
  } catch (error) {
    return { error: message(error) };
  }
}

scope.onmessage = async ({ data: request }) => {
  post({ phase: "import" });
  let loaded: Awaited<ReturnType<typeof load>>;
  try {
    loaded = await load(request);
  } catch (error) {
    post({ outcome: { kind: "load-error", file: request.file, message: message(error) } });
    return;
  }
  const missing = request.api.filter((name) => !(name in loaded.learner));
  if (missing.length > 0) {
    post({ outcome: { kind: "missing-exports", file: request.file, missing } });
    return;
  }
  (globalThis as { __kataModules?: object }).__kataModules = loaded.katas;
  post({ phase: "tests" });
  const [file] = await startTests([`katas/${request.kata}/${request.kata}.test.ts`], runner);
  if (!file) throw new Error("the runner returned no file");
  const report = reportOf(request.kata, file, unhandled);
  const green = report.loadErrors.length === 0 && report.tests.every((t) => t.state === "passed");
  post({
    outcome: { kind: "tests", report },
    ...(green ? { demo: await demoLines(request) } : {}),
  });
};
