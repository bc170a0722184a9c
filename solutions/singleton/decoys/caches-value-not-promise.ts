// Mistake: caching the loaded value instead of the promise. Callers that arrive while the
// first load is still under way find nothing cached and start a second load.
import { demo, PrinterManager } from "../singleton.ts";

export { demo, PrinterManager };

export function lazyAsync<T>(init: () => Promise<T>): () => Promise<T> {
  let loaded: { value: T } | undefined;
  return async () => {
    if (loaded === undefined) loaded = { value: await init() };
    return loaded.value;
  };
}
