// A model cache, the reference: models loaded once however many callers race for them, shared
// through leases, and evicted least recently used first when a new one needs the memory.

/** Python's `with torch.no_grad():` as a callback: gradients are off for the call only. */
export class GradMode {
  #enabled = true;

  /** Whether a forward pass would record gradients: `grad.enabled // true`. */
  get enabled(): boolean {
    return this.#enabled;
  }

  /**
   * Runs `fn` with gradients off and puts the previous setting back, even when `fn` throws.
   * @example grad.noGrad(() => model.forward(input))
   */
  noGrad<T>(fn: () => T): T {
    const before = this.#enabled;
    this.#enabled = false;
    try {
      return fn();
    } finally {
      // An async fn has only started by now: whatever it does after its first await runs
      // with gradients on again. Python's `with` block would still be open at that point.
      this.#enabled = before;
    }
  }
}

/** No room for a model: everything that could be evicted is in use. */
export class CacheFullError extends Error {
  override readonly name = "CacheFullError";

  constructor(
    readonly model: string,
    readonly neededMb: number,
    readonly freeMb: number,
    readonly inUse: readonly string[],
  ) {
    super(
      `cannot load ${model} (${neededMb} MB): ${freeMb} MB free, and the models that could make room are in use: ${inUse.join(", ")}`,
    );
  }
}

/**
 * The right to use a loaded model; it is not evicted until every lease on it is released.
 * `using lease = await cache.get("bert-base")` releases it at the end of the block.
 */
export interface Lease<M> extends Disposable {
  readonly name: string;
  /** The model; reading it after the lease was released throws. */
  readonly model: M;
  /** Gives the model back; a second call does nothing. */
  release(): void;
}

/** One line of `entries()`: a model, its size, its leases, and whether it is still loading. */
export interface CacheEntry {
  readonly name: string;
  readonly sizeMb: number;
  readonly leases: number;
  readonly loading: boolean;
}

/** The memory budget, every model's size, and how to load and unload one; all injected. */
export interface ModelCacheOptions<M> {
  readonly budgetMb: number;
  readonly sizes: Readonly<Record<string, number>>;
  /** `load_model_to_gpu`: resolves to the model, on the device. */
  readonly load: (name: string) => Promise<M>;
  /** `unload_model_from_gpu`: called when the model is evicted. */
  readonly unload?: (name: string, model: M) => void;
}

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
    // Pinned from now on, while it loads too: eviction skips any model with a lease. If the load
    // fails, the slot is forgotten, leases and all. (Python must also give the lease back when
    // the caller is cancelled while the shielded load goes on; a promise cannot be cancelled.)
    slot.leases += 1;
    return lease(name, slot, await slot.promise);
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
          // A failed load is not cached: forget it, give its memory back, let the next get retry.
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

/**
 * Runs `use` with a leased model and releases the lease when `use` has settled.
 * @example await withModel(cache, "sd-unet", (model) => model.forward("a cat"))
 */
export async function withModel<M, T>(
  cache: ModelCache<M>,
  name: string,
  use: (model: M) => T | Promise<T>,
): Promise<T> {
  using lease = await cache.get(name);
  // `return await`: a bare `return use(...)` would leave the block, and release the lease,
  // before the promise it returns has settled.
  return await use(lease.model);
}

/** The lines `original.py` prints, in order: `(await demo())[0] // "two callers, one load: …"`. */
export async function demo(): Promise<string[]> {
  const lines: string[] = [];
  const grad = new GradMode();
  const events: string[] = [];

  class Model {
    device = "cpu";
    constructor(readonly name: string) {}
    to(device: string): this {
      this.device = device;
      return this;
    }
    // Python calls a torch module, model(text), through __call__; here it is a method.
    forward(text: string): string {
      return `${this.name}('${text}') on ${this.device}, grad ${grad.enabled ? "on" : "off"}`;
    }
  }

  const attempts = new Map<string, number>();
  const load = async (name: string): Promise<Model> => {
    attempts.set(name, (attempts.get(name) ?? 0) + 1);
    events.push(`load ${name}`);
    await Promise.resolve(); // the weights take a while to arrive
    if (name === "sd-unet" && attempts.get(name) === 1) {
      throw new Error("sd-unet.safetensors: checksum mismatch");
    }
    return new Model(name).to("cuda");
  };
  const unload = (name: string, model: Model) => {
    model.to("cpu");
    events.push(`unload ${name}`);
  };
  const sizes = {
    resnet50: 100,
    "bert-base": 450,
    "whisper-small": 300,
    "sd-unet": 700,
    "llama-70b": 1400,
  };
  const cache = new ModelCache({ budgetMb: 1000, sizes, load, unload });
  const show = (label: string) => {
    const held = cache.entries().map((e) => `${e.name}${"*".repeat(e.leases)}`);
    const log = events.length > 0 ? `  [${events.join("; ")}]` : "";
    lines.push(
      `${label}: ${held.join(", ") || "empty"} (${cache.usedMb}/${cache.budgetMb} MB)${log}`,
    );
    events.length = 0;
  };
  const message = async (get: Promise<unknown>): Promise<string> => {
    try {
      await get;
      return "no error";
    } catch (error) {
      return error instanceof CacheFullError
        ? `CacheFullError: ${error.message}`
        : String((error as Error).message);
    }
  };

  const [first, second] = await Promise.all([cache.get("bert-base"), cache.get("bert-base")]);
  lines.push(
    `two callers, one load: ${attempts.get("bert-base")} call(s), same model: ${first.model === second.model ? "True" : "False"}`,
  );
  {
    using _first = first;
    using _second = second;
    lines.push(grad.noGrad(() => first.model.forward("hello"))); // perform_inference
    show("in use");
  }
  lines.push(`grad after inference: ${grad.enabled ? "on" : "off"}`);
  show("released");
  for (const name of ["resnet50", "whisper-small"]) {
    using _lease = await cache.get(name);
  }
  show("three loaded");
  {
    using _hit = await cache.get("bert-base"); // a hit: bert-base becomes the most recently used
  }
  show("bert-base used again");
  {
    using _whisper = await cache.get("whisper-small");
    for (const name of ["sd-unet", "llama-70b", "gpt-9"]) {
      lines.push(`get ${name}: ${await message(cache.get(name))}`);
    }
    show("after the failures");
    using _resnet = await cache.get("resnet50");
    using _bert = await cache.get("bert-base");
    lines.push(`get sd-unet: ${await message(cache.get("sd-unet"))}`);
    show("all in use");
  }
  const caption = async (model: Model) => grad.noGrad(() => model.forward("a cat"));
  lines.push(await withModel(cache, "sd-unet", caption));
  show("sd-unet loaded");
  const lease = await cache.get("sd-unet");
  lease.release();
  lease.release();
  lines.push(`after release: ${await message((async () => lease.model)())}`);
  show("released twice");
  return lines;
}
