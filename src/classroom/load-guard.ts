import { isAbsolute } from "node:path";
import type { Plugin } from "vite";

/** The marker `isRefusal` knows, so a blocked load is recorded as refused like any other. */
const DENIED = "ERR_ACCESS_DENIED: Access to this API has been restricted";

/**
 * A Vite plugin for the grading worker. The sandboxed fork cannot read files outside its copy,
 * but it asks this process (vitest's main, not sandboxed) to load and transform every module it
 * imports; without this guard `await import("/repo/solutions/x/x.ts")` or
 * `import("/etc/passwd?raw")` would come back through vitest. Only files under `allowed` load.
 */
export function loadGuard(allowed: readonly string[]): Plugin {
  const roots = allowed.map((dir) => (dir.endsWith("/") ? dir : `${dir}/`));
  return {
    name: "kata:load-guard",
    enforce: "pre",
    load(id) {
      // Virtual modules (\0...) and ids that are not paths are Vite's and vitest's own.
      const file = id.split("?")[0] ?? id;
      if (id.startsWith("\0") || !isAbsolute(file)) return null;
      if (roots.some((root) => file.startsWith(root))) return null;
      // Vite passes on only the message: it carries what Node's own refusals carry as fields.
      const error = Object.assign(
        new Error(
          `FileSystemRead ${file}: the grader loads nothing outside the student's copy (${DENIED})`,
        ),
        { code: "ERR_ACCESS_DENIED", permission: "FileSystemRead", resource: file },
      );
      throw error;
    },
  };
}
