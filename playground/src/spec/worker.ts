import "fast-check";
import "./expect.ts";
import { startTests, type Test, type VitestRunner, type VitestRunnerConfig } from "@vitest/runner";
import { testPlace } from "../../../src/testing/test-place.ts";
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

const blobOf = (code: string) => URL.createObjectURL(new Blob([code], { type: "text/javascript" }));

// The packages a learner's code may import by name. A module loaded from a blob URL cannot
// resolve a bare name, so each import of one is pointed at a module that re-exports this
// worker's copy.
const packages: Record<string, () => Promise<Record<string, unknown>>> = {
  "ts-pattern": () => import("ts-pattern"),
};
const host = globalThis as { __kataPackages?: Record<string, Record<string, unknown>> };

async function packageUrl(name: string): Promise<string | undefined> {
  const load = packages[name];
  if (!load) return undefined;
  const module = await load();
  host.__kataPackages = { ...host.__kataPackages, [name]: module };
  const names = Object.keys(module).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
  return blobOf(
    [
      `const m = globalThis.__kataPackages[${JSON.stringify(name)}];`,
      ...names.map((key) => `export const ${key} = m.${key};`),
    ].join("\n"),
  );
}

/** The module's static imports of known packages, pointed at this worker's copies. */
async function linked(code: string): Promise<string> {
  const specifiers = new Set(
    [...code.matchAll(/\b(?:from|import)\s*"([^"./][^"]*)"/g)].map((m) => m[1] ?? ""),
  );
  let result = code;
  for (const name of specifiers) {
    const url = await packageUrl(name);
    if (url) result = result.replaceAll(`"${name}"`, JSON.stringify(url));
  }
  return result;
}

/** The learner's module, evaluated afresh each call (a new blob URL is a new module). */
const importCode = async (code: string): Promise<Record<string, unknown>> =>
  import(/* @vite-ignore */ blobOf(await linked(code)));

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** demo() of a fresh copy of the module, as the CLI's parity check imports the module afresh. */
async function demoLines(code: string): Promise<DemoLines> {
  try {
    const { demo } = (await importCode(code)) as { demo?: () => unknown };
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
  let learner: Record<string, unknown>;
  try {
    learner = await importCode(request.code);
  } catch (error) {
    post({ outcome: { kind: "load-error", file: request.file, message: message(error) } });
    return;
  }
  const missing = request.api.filter((name) => !(name in learner));
  if (missing.length > 0) {
    post({ outcome: { kind: "missing-exports", file: request.file, missing } });
    return;
  }
  (globalThis as { __kataModules?: object }).__kataModules = { [request.kata]: learner };
  post({ phase: "tests" });
  const [file] = await startTests([`katas/${request.kata}/${request.kata}.test.ts`], runner);
  if (!file) throw new Error("the runner returned no file");
  const report = reportOf(request.kata, file, unhandled);
  const green = report.loadErrors.length === 0 && report.tests.every((t) => t.state === "passed");
  post({
    outcome: { kind: "tests", report },
    ...(green ? { demo: await demoLines(request.code) } : {}),
  });
};
