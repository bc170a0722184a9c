import type { TypeDiagnostic } from "../kata/outcome.ts";
import { tscWatch } from "./tsc-watch.ts";

export interface WarmTypecheck {
  /**
   * Every diagnostic of the newest check that saw the kata files as saved at `since` (their
   * newest mtime, ms), or undefined when none has come within the wait: the caller then runs
   * a check of its own.
   */
  after(since: number): Promise<readonly TypeDiagnostic[] | undefined>;
  close(): void;
}

// When no check counts by then, the caller runs a tsc of its own.
const WAIT_MS = 2500;

/**
 * The daemon's TypeScript: one `tsc --watch` over the repository, in the daemon's process group.
 * A check counts for a request only if it saw the newest edit of the kata files, so a save made
 * just before `kata test` is always seen (the rule of watch mode, src/runner/tsc-watch.ts).
 */
export function warmTypecheck(root: string): WarmTypecheck {
  let last: { readonly seenUpTo: number; readonly diagnostics: TypeDiagnostic[] } | undefined;
  const waiting = new Set<{ since: number; done: (d: TypeDiagnostic[] | undefined) => void }>();
  const watch = tscWatch(
    root,
    (diagnostics, seenUpTo) => {
      last = { seenUpTo, diagnostics };
      for (const waiter of waiting) {
        if (last.seenUpTo >= waiter.since) {
          waiting.delete(waiter);
          waiter.done(last.diagnostics);
        }
      }
    },
    { inCallersGroup: true },
  );
  return {
    after(since) {
      if (last && last.seenUpTo >= since) return Promise.resolve(last.diagnostics);
      return new Promise((done) => {
        const waiter = {
          since,
          done: (d: TypeDiagnostic[] | undefined) => {
            clearTimeout(timer);
            done(d);
          },
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          done(undefined);
        }, WAIT_MS);
        waiting.add(waiter);
      });
    },
    close() {
      for (const waiter of waiting) waiter.done(undefined);
      waiting.clear();
      watch.close();
    },
  };
}
