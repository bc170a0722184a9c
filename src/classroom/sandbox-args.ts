import { pathToFileURL } from "node:url";

/** What the fork that runs a student's code may do: read `readable`, and nothing else. */
export interface SandboxOptions {
  /** Node's major version: the permission flag was renamed in Node 22. */
  readonly nodeMajor: number;
  /** Absolute folders the student's code may read (its temporary copy, the dependencies). */
  readonly readable: readonly string[];
  /** V8's old-space limit in megabytes: the memory limit. */
  readonly memoryMb: number;
  /** A module loaded before anything else (`--import`): the guard of `fork-guard.ts`. */
  readonly preload?: string;
}

/**
 * The Node flags of the sandboxed fork (pure). No --allow-fs-write, --allow-child-process,
 * --allow-worker or --allow-addons: writes, processes, threads and native code are refused. No
 * --allow-net either: from Node 25 the permission model refuses the network too (before 25 it
 * does not cover sockets at all; docs/classroom.md says so).
 * `sandboxArgs({ nodeMajor: 20, readable: ["/tmp/a/"], memoryMb: 512 })`
 */
export function sandboxArgs(options: SandboxOptions): string[] {
  const flag = options.nodeMajor >= 22 ? "--permission" : "--experimental-permission";
  // One flag per folder: Node 20.20 and later no longer accept a comma-separated list.
  const dirs = options.readable.map(
    (dir) => `--allow-fs-read=${dir.endsWith("/") ? dir : `${dir}/`}`,
  );
  const preload = options.preload ? [`--import=${pathToFileURL(options.preload).href}`] : [];
  return [flag, ...dirs, `--max-old-space-size=${options.memoryMb}`, ...preload];
}

/** True when an error is Node's permission model refusing something. */
export function isRefusal(error: { readonly code?: string; readonly message: string }): boolean {
  return (
    error.code === "ERR_ACCESS_DENIED" ||
    error.code === "ERR_DLOPEN_DISABLED" ||
    /Access to this API has been restricted|ERR_ACCESS_DENIED/.test(error.message)
  );
}
