// Mistake: idle models are evicted while the cache looks for room, before it knows whether
// there will be enough. When models in use block the rest, the load fails anyway, and the idle
// models it unloaded on the way are gone for nothing.
// ModelCache keeps its state in #private fields, which a subclass cannot reach, so this is the
// reference's class copied without its comments, different only in #makeRoom.
export * from "../model-cache.ts";

import {
  type CacheEntry,
  CacheFullError,
  type Lease,
  type ModelCacheOptions,
} from "../model-cache.ts";

interface Slot<M> {
  readonly sizeMb: number;
  readonly promise: Promise<M>;
  leases: number;
  loaded?: { readonly model: M };
}

export class ModelCache<M> {
  readonly budgetMb: number;
  readonly #options: ModelCacheOptions<M>;
  readonly #slots = new Map<string, Slot<M>>();
  #usedMb = 0;

  constructor(options: ModelCacheOptions<M>) {
    this.budgetMb = options.budgetMb;
    this.#options = options;
  }

  get usedMb(): number {
    return this.#usedMb;
  }

  entries(): CacheEntry[] {
    return [...this.#slots].map(([name, { sizeMb, leases, loaded }]) => ({
      name,
      sizeMb,
      leases,
      loading: loaded === undefined,
    }));
  }

  async get(name: string): Promise<Lease<M>> {
    let slot = this.#slots.get(name);
    if (slot === undefined) slot = this.#start(name);
    else {
      this.#slots.delete(name);
      this.#slots.set(name, slot);
    }
    slot.leases += 1;
    return lease(name, slot, await slot.promise);
  }

  #start(name: string): Slot<M> {
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
          this.#slots.delete(name);
          this.#usedMb -= sizeMb;
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
      if (entry[1].leases === 0) {
        this.#slots.delete(entry[0]);
        this.#usedMb -= entry[1].sizeMb;
        this.#options.unload?.(entry[0], (entry[1].loaded as { readonly model: M }).model);
        freeMb += entry[1].sizeMb;
      }
    }
    if (freeMb < sizeMb) {
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
    [Symbol.dispose]: release,
  };
}
