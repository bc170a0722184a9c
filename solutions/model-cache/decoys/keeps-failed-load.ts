// Mistake: a failed load stays in the cache. Its rejected promise is shared like a good one, so
// every later get fails at once with the old error, the loader is never asked again, and the
// memory reserved for the model is never given back.
export * from "../model-cache.ts";

import {
  type CacheEntry,
  CacheFullError,
  type Lease,
  type ModelCacheOptions,
} from "../model-cache.ts";

interface Slot<M> {
  readonly sizeMb: number;
  /** The load, shared by every caller that arrives while it runs: the promise, not the value. */
  readonly promise: Promise<M>;
  leases: number;
  /** Set once the load has succeeded. */
  loaded?: { readonly model: M };
}

/**
 * Models within a memory budget: `const lease = await cache.get("bert-base")`.
 * @example const cache = new ModelCache({ budgetMb: 1000, sizes: { "bert-base": 450 }, load });
 */
export class ModelCache<M> {
  readonly budgetMb: number;
  readonly #options: ModelCacheOptions<M>;
  // A Map iterates in insertion order: delete-and-set moves a model to the recently used end,
  // which is all that functools.lru_cache's OrderedDict does with move_to_end().
  readonly #slots = new Map<string, Slot<M>>();
  #usedMb = 0;

  constructor(options: ModelCacheOptions<M>) {
    this.budgetMb = options.budgetMb;
    this.#options = options;
  }

  /** MB taken by loaded and loading models: `cache.usedMb // 850`. */
  get usedMb(): number {
    return this.#usedMb;
  }

  /** Every model held, least recently used first: `cache.entries()[0].name // "resnet50"`. */
  entries(): CacheEntry[] {
    return [...this.#slots].map(([name, { sizeMb, leases, loaded }]) => ({
      name,
      sizeMb,
      leases,
      loading: loaded === undefined,
    }));
  }

  /**
   * A lease on the model, loading it first if needed (once, however many callers ask at once)
   * and evicting idle models, least recently used first, to make room.
   * @example using lease = await cache.get("bert-base"); lease.model.forward("hello");
   */
  async get(name: string): Promise<Lease<M>> {
    let slot = this.#slots.get(name);
    if (slot === undefined) slot = this.#start(name);
    else {
      this.#slots.delete(name);
      this.#slots.set(name, slot);
    }
    // Pinned from now on, while it loads too: eviction skips any model with a lease.
    slot.leases += 1;
    let model: M;
    try {
      model = await slot.promise;
    } catch (error) {
      slot.leases -= 1;
      throw error;
    }
    return lease(name, slot, model);
  }

  #start(name: string): Slot<M> {
    // Object.hasOwn, not `name in sizes`: a plain object also "has" toString and constructor.
    if (!Object.hasOwn(this.#options.sizes, name)) throw new RangeError(`unknown model: ${name}`);
    const sizeMb = this.#options.sizes[name] as number;
    if (sizeMb > this.budgetMb) {
      throw new RangeError(
        `${name} needs ${sizeMb} MB, more than the whole budget of ${this.budgetMb} MB`,
      );
    }
    this.#makeRoom(name, sizeMb);
    const slot: Slot<M> = {
      sizeMb,
      leases: 0,
      promise: this.#options.load(name).then(
        (model) => {
          slot.loaded = { model };
          return model;
        },
        (error: unknown) => {
          throw error;
        },
      ),
    };
    this.#slots.set(name, slot);
    this.#usedMb += sizeMb;
    return slot;
  }

  #makeRoom(name: string, sizeMb: number): void {
    const victims: [string, Slot<M>][] = [];
    let freeMb = this.budgetMb - this.#usedMb;
    for (const entry of this.#slots) {
      if (freeMb >= sizeMb) break;
      // A loading model always has a lease (its first caller's), so `leases === 0` means idle.
      if (entry[1].leases === 0) {
        victims.push(entry);
        freeMb += entry[1].sizeMb;
      }
    }
    if (freeMb < sizeMb) {
      // Evict nothing when even evicting everything idle would not make room.
      const inUse = this.entries().filter((e) => e.leases > 0);
      throw new CacheFullError(
        name,
        sizeMb,
        this.budgetMb - this.#usedMb,
        inUse.map((e) => e.name),
      );
    }
    for (const [victim, slot] of victims) {
      this.#slots.delete(victim);
      this.#usedMb -= slot.sizeMb;
      // Idle means loaded: a model still loading has its first caller's lease.
      const { model } = slot.loaded as { readonly model: M };
      this.#options.unload?.(victim, model);
    }
  }
}

function lease<M>(name: string, slot: Slot<M>, model: M): Lease<M> {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    slot.leases -= 1;
  };
  return {
    name,
    get model() {
      if (released) throw new Error(`the lease on ${name} was released`);
      return model;
    },
    release,
    // `using` calls this at the end of the block, as Python's `with` calls __exit__.
    [Symbol.dispose]: release,
  };
}
