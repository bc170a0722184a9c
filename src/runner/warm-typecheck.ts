import type { TypeDiagnostic } from "../kata/outcome.ts";
import { tscWatch } from "./tsc-watch.ts";

export interface WarmTypecheck {
  /**
   * Every diagnostic of the newest check that began after `since` (an mtime, ms), or undefined
   * when none has come within the wait: the caller then runs a check of its own.
   */
  after(since: number): Promise<readonly TypeDiagnostic[] | undefined>;
  close(): void;
}

// A check's start is when its first line reached us, shortly after tsc printed it and began
// reading files: a save in between would count as seen. The margin covers that delay on a
// machine that is not overloaded; it must stay below the delay from a save to tsc's line (TypeScript
// 7 reacts within a few milliseconds, with no debounce), or no check would ever count.
const MARGIN_MS = 2;
// When no check counts by then, the caller runs a tsc of its own.
const WAIT_MS = 2500;

/**
 * The daemon's TypeScript: one `tsc --watch` over the repository, in the daemon's process group.
 * A check counts for a request only if it began after the newest edit of the kata files, so a
 * save made just before `kata test` is always seen (the rule of watch mode, src/runner/tsc-watch.ts).
 */
export function warmTypecheck(root: string): WarmTypecheck {
  let last: { readonly started: number; readonly diagnostics: TypeDiagnostic[] } | undefined;
  const waiting = new Set<{ since: number; done: (d: TypeDiagnostic[] | undefined) => void }>();
  const watch = tscWatch(
    root,
    (diagnostics, started) => {
      last = { started: started - MARGIN_MS, diagnostics };
      for (const waiter of waiting) {
        if (last.started >= waiter.since) {
          waiting.delete(waiter);
          waiter.done(last.diagnostics);
        }
      }
    },
    { inCallersGroup: true },
  );
  return {
    after(since) {
      if (last && last.started >= since) return Promise.resolve(last.diagnostics);
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
