import fc from "fast-check";
import { beforeEach } from "vitest";
import { brokenPropertyError } from "./broken-property.ts";
import { setReplaying } from "./replay.ts";
import { taskTitles, testPlace } from "./test-place.ts";

// fast-check prints the seed and path of every failure. Setting them here from the
// environment replays that exact run: FC_SEED=123 FC_PATH="4:1" FC_TEST='<step> > <law>' npx kata
// test <id>. With FC_TEST, only that test replays: a seed and path belong to one property, and
// every other property would fail to replay them ("Unable to replay, got wrong path").
const seed = process.env.FC_SEED;
const path = process.env.FC_PATH;
const runs = process.env.FC_RUNS;
const only = process.env.FC_TEST;

const base = runs === undefined ? {} : { numRuns: Number(runs) };
const replay = {
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  ...(path === undefined ? {} : { path }),
};
if (only === undefined) {
  fc.configureGlobal({ ...base, ...replay });
  setReplaying(true);
} else {
  const [step, ...name] = only.split(" > ");
  beforeEach(({ task }) => {
    const place = testPlace(taskTitles(task));
    const chosen = place.step === step && place.name === name.join(" > ");
    fc.configureGlobal(chosen ? { ...base, ...replay } : base);
    setReplaying(chosen);
  });
}

// A broken law is reported from the `expect` inside the property, not from `fc.assert(`.
// Without isolation (the classroom grader) this file runs once per spec file against one
// fast-check, which has no way to list or remove its plugins: install once per fast-check.
const installed = Symbol.for("py2ts-katas:broken-property-error");
const host = globalThis as { [installed]?: WeakSet<object> };
host[installed] ??= new WeakSet();
if (!host[installed].has(fc)) {
  host[installed].add(fc);
  fc.installGlobalPlugin(brokenPropertyError);
}
