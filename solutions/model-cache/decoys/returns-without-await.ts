// Mistake: `return use(lease.model)` without `await` inside the `using` block. The block ends
// as soon as the promise is returned, so the lease is released while the callback is still
// running, and the model can be evicted under it.
export * from "../model-cache.ts";

import type { ModelCache } from "../model-cache.ts";

export async function withModel<M, T>(
  cache: ModelCache<M>,
  name: string,
  use: (model: M) => T | Promise<T>,
): Promise<T> {
  using lease = await cache.get(name);
  return use(lease.model);
}
