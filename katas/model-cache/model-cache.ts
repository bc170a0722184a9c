// Model-cache kata: port GradMode, ModelCache and with_model from original.py. Read README.md
// (or README.zh-CN.md) first, then run `npx kata test model-cache`. CacheFullError and the types
// are given; replace each `throw` below with your code.

/** Python's `with torch.no_grad():` as a callback: gradients are off for the call only. */
export class GradMode {
  // TODO step 1 (no-grad): hold whether gradients are enabled (they start enabled).

  /** Whether a forward pass would record gradients: `grad.enabled // true`. */
  get enabled(): boolean {
    // TODO step 1 (no-grad)
    throw new Error("TODO step 1 (no-grad): implement GradMode.enabled");
  }

  /**
   * Runs `fn` with gradients off and puts the previous setting back, even when `fn` throws.
   * @example grad.noGrad(() => model.forward(input))
   */
  noGrad<T>(fn: () => T): T {
    // TODO step 1 (no-grad)
    throw new Error("TODO step 1 (no-grad): implement GradMode.noGrad");
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

/**
 * Models within a memory budget: `const lease = await cache.get("bert-base")`.
 * @example const cache = new ModelCache({ budgetMb: 1000, sizes: { "bert-base": 450 }, load });
 */
export class ModelCache<M> {
  readonly budgetMb: number;
  // TODO step 2 (load-once): hold the options, the MB in use, and one entry per model in a Map
  // (least recently used first), each with its load's *promise*, its size and its lease count.

  constructor(options: ModelCacheOptions<M>) {
    this.budgetMb = options.budgetMb;
    // TODO step 2 (load-once)
    throw new Error("TODO step 2 (load-once): implement the ModelCache constructor");
  }

  /** MB taken by loaded and loading models: `cache.usedMb // 850`. */
  get usedMb(): number {
    // TODO step 2 (load-once)
    throw new Error("TODO step 2 (load-once): implement ModelCache.usedMb");
  }

  /** Every model held, least recently used first: `cache.entries()[0].name // "resnet50"`. */
  entries(): CacheEntry[] {
    // TODO step 2 (load-once)
    throw new Error("TODO step 2 (load-once): implement ModelCache.entries");
  }

  /**
   * A lease on the model, loading it first if needed (once, however many callers ask at once)
   * and evicting idle models, least recently used first, to make room.
   * @example using lease = await cache.get("bert-base"); lease.model.forward("hello");
   */
  async get(name: string): Promise<Lease<M>> {
    // TODO step 2 (load-once): share one load per model; hand out a Lease.
    // TODO step 3 (leases): release() and [Symbol.dispose]() give the lease back, once.
    // TODO step 4 (eviction): make room before a load, least recently used idle model first.
    throw new Error("TODO step 2 (load-once): implement ModelCache.get");
  }
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
  // TODO step 3 (leases)
  throw new Error("TODO step 3 (leases): implement withModel");
}

/** The lines `original.py` prints, in order. */
export async function demo(): Promise<string[]> {
  // TODO step 5 (transcript)
  throw new Error("TODO step 5 (transcript): implement demo");
}
