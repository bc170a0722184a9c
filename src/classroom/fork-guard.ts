/**
 * The module every sandboxed fork loads first (`--import`), as source: Node's permission model
 * (Node 20) lets these APIs write files without `--allow-fs-write`, a trace log or a heap snapshot
 * in the working folder, so they are replaced by functions that refuse, before any of the
 * student's code runs. Builtins' ES exports follow (`syncBuiltinESMExports`). The fork reaches
 * no original: `process.binding` is refused by the permission model.
 */
export const FORK_GUARD = `// Written by kata grade: refuses what writes files despite the permission model.
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const refuse = (api) => () => {
  throw Object.assign(
    new Error(\`Access to this API has been restricted: \${api} writes files (ERR_ACCESS_DENIED)\`),
    { code: "ERR_ACCESS_DENIED", permission: "DiagnosticWrite", resource: api },
  );
};
const trace = require("node:trace_events");
trace.createTracing = refuse("node:trace_events createTracing");
const v8 = require("node:v8");
for (const name of ["setHeapSnapshotNearHeapLimit", "setFlagsFromString", "writeHeapSnapshot"]) {
  v8[name] = refuse(\`node:v8 \${name}\`);
}
syncBuiltinESMExports();
`;

/** The APIs the guard refuses, for the documentation and the tests. */
export const GUARDED = [
  "node:trace_events createTracing",
  "node:v8 setHeapSnapshotNearHeapLimit",
  "node:v8 setFlagsFromString",
  "node:v8 writeHeapSnapshot",
] as const;
