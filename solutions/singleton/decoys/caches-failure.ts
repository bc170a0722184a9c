// Mistake: caching the promise but never forgetting a rejected one, so one failed load
// (a printer that was briefly offline) breaks every later call.
import { demo, PrinterManager } from "../singleton.ts";

export { demo, PrinterManager };

export function lazyAsync<T>(init: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= init();
    return pending;
  };
}
