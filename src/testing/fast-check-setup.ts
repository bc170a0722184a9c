import fc from "fast-check";
import { brokenPropertyError } from "./broken-property.ts";

// fast-check prints the seed and path of every failure. Setting them here from the
// environment replays that exact run: FC_SEED=123 FC_PATH="4:1" npx kata test <id>.
const seed = process.env.FC_SEED;
const path = process.env.FC_PATH;
const runs = process.env.FC_RUNS;

fc.configureGlobal({
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  ...(path === undefined ? {} : { path }),
  ...(runs === undefined ? {} : { numRuns: Number(runs) }),
});

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
