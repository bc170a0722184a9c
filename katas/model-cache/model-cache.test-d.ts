import { expectTypeOf } from "vitest";
import {
  type CacheEntry,
  type CacheFullError,
  GradMode,
  type Lease,
  ModelCache,
  withModel,
} from "#kata/model-cache";

type Model = { readonly forward: (text: string) => string };
const load = async (_name: string): Promise<Model> => ({ forward: (text) => text });
const cache = new ModelCache({ budgetMb: 1000, sizes: { "bert-base": 450 }, load });

// The model type comes from the loader: no annotation needed, no `any` on the way.
expectTypeOf(cache).toEqualTypeOf<ModelCache<Model>>();
expectTypeOf(cache.get("bert-base")).toEqualTypeOf<Promise<Lease<Model>>>();

// A lease is Disposable, so `using` accepts it; its model is read-only.
expectTypeOf<Lease<Model>>().toExtend<Disposable>();
declare const lease: Lease<Model>;
// @ts-expect-error: the lease's model cannot be swapped for another.
lease.model = { forward: (text: string) => text };

// withModel returns what the callback returns, awaited.
expectTypeOf(withModel(cache, "bert-base", (model) => model.forward("hi"))).toEqualTypeOf<
  Promise<string>
>();
expectTypeOf(withModel(cache, "bert-base", async () => 42)).toEqualTypeOf<Promise<number>>();

// noGrad keeps the callback's type.
expectTypeOf(new GradMode().noGrad(() => [0.1, 0.9])).toEqualTypeOf<number[]>();
// @ts-expect-error: `enabled` is read-only; turn gradients off with noGrad.
new GradMode().enabled = false;

// The options are checked: sizes are numbers, the loader is async, there is no default loader.
// @ts-expect-error: a size is a number of MB, not a string.
new ModelCache({ budgetMb: 1000, sizes: { "bert-base": "450 MB" }, load });
// @ts-expect-error: the loader must return a promise; loading weights takes time.
new ModelCache({ budgetMb: 1000, sizes: {}, load: (name: string) => ({ name }) });
// @ts-expect-error: without a loader the cache could never fill.
new ModelCache({ budgetMb: 1000, sizes: {} });

// CacheFullError carries its data, read-only.
expectTypeOf<CacheFullError["inUse"]>().toEqualTypeOf<readonly string[]>();
expectTypeOf<CacheFullError>().toExtend<Error>();
expectTypeOf<CacheEntry["loading"]>().toEqualTypeOf<boolean>();
