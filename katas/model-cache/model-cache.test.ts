import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CacheEntry,
  CacheFullError,
  demo,
  GradMode,
  type Lease,
  ModelCache,
  withModel,
} from "#kata/model-cache";
import { commandsReplay } from "../../src/testing/replay.ts";

/** A stand-in for a model on the GPU: which model, and which load made it. */
type Model = { readonly name: string; readonly copy: number };

/**
 * A loader the test drives by hand: every call waits until the test resolves or rejects it.
 * It notes each call, and `unload` notes each eviction.
 */
function manualLoader() {
  const calls: string[] = [];
  const unloads: string[] = [];
  const pending: { name: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    calls,
    unloads,
    load: (name: string) =>
      new Promise<Model>((resolve, reject) => {
        calls.push(name);
        const copy = calls.filter((c) => c === name).length;
        pending.push({ name, resolve: () => resolve({ name, copy }), reject });
      }),
    unload: (name: string, model: Model) => unloads.push(`${name}#${model.copy}`),
    /** Settles the oldest load still waiting. */
    finish(error?: Error) {
      const next = pending.shift();
      if (next === undefined) throw new Error("no load is waiting");
      if (error) next.reject(error);
      else next.resolve();
    },
  };
}

/** A loader that answers at once, and a cache over it. */
function instantCache(budgetMb: number, sizes: Record<string, number>) {
  const calls: string[] = [];
  const unloads: string[] = [];
  const cache = new ModelCache<Model>({
    budgetMb,
    sizes,
    load: async (name) => {
      calls.push(name);
      return { name, copy: calls.filter((c) => c === name).length };
    },
    unload: (name, model) => unloads.push(`${name}#${model.copy}`),
  });
  return { cache, calls, unloads };
}

const idle = (name: string, sizeMb: number, leases = 0): CacheEntry => ({
  name,
  sizeMb,
  leases,
  loading: false,
});

/** Lets every promise that can settle now settle. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return "no rejection";
}

const SIZES = { a: 400, b: 400, c: 400, small: 100 };

describe("no-grad", () => {
  it("turns gradients off for the call, returns its value, and turns them back on", () => {
    const grad = new GradMode();
    expect(grad.enabled).toBe(true);
    let inside: boolean | undefined;
    const out = grad.noGrad(() => {
      inside = grad.enabled;
      return "logits";
    });
    expect(out).toBe("logits");
    expect(inside).toBe(false);
    expect(grad.enabled).toBe(true);
  });

  it("noGrad restores gradients even when the call throws, as `with torch.no_grad():` does", () => {
    const grad = new GradMode();
    const oom = new Error("CUDA out of memory");
    expect(() =>
      grad.noGrad(() => {
        throw oom;
      }),
    ).toThrow(oom);
    expect(grad.enabled).toBe(true);
  });

  it("nests: an inner noGrad leaves gradients off for the rest of the outer one", () => {
    const grad = new GradMode();
    const seen: boolean[] = [];
    grad.noGrad(() => {
      grad.noGrad(() => seen.push(grad.enabled));
      seen.push(grad.enabled);
    });
    expect(seen).toEqual([false, false]);
    expect(grad.enabled).toBe(true);
  });

  it("keeps one switch per GradMode", () => {
    const one = new GradMode();
    const other = new GradMode();
    one.noGrad(() => expect(other.enabled).toBe(true));
  });

  it("scopes a synchronous call only: an async callback resumes after an await with gradients on", async () => {
    const grad = new GradMode();
    const seen = await grad.noGrad(async () => {
      const before = grad.enabled;
      await Promise.resolve();
      return [before, grad.enabled];
    });
    // Python's `with torch.no_grad(): await ...` would still be inside the block after the await.
    expect(seen).toEqual([false, true]);
  });

  type Call = { readonly throws: boolean; readonly inner: readonly Call[] };
  const callOf = (depth: number): fc.Arbitrary<Call> =>
    fc.record({
      throws: fc.boolean(),
      inner: depth === 0 ? fc.constant([]) : fc.array(callOf(depth - 1), { maxLength: 3 }),
    });
  const call = callOf(3);

  it("law: inside any nesting of noGrad calls gradients are off, and after it they are on, whichever calls throw", () => {
    fc.assert(
      fc.property(call, (root) => {
        const grad = new GradMode();
        const run = (c: Call): void => {
          grad.noGrad(() => {
            expect(grad.enabled, "gradients inside noGrad").toBe(false);
            for (const inner of c.inner) {
              try {
                run(inner);
              } catch {
                // an inner call threw: the outer one goes on
              }
              expect(grad.enabled, "gradients after an inner noGrad").toBe(false);
            }
            if (c.throws) throw new Error("forward pass failed");
          });
        };
        try {
          run(root);
        } catch {
          // the outermost call threw
        }
        expect(grad.enabled, "gradients after the outermost noGrad").toBe(true);
      }),
    );
  });
});

describe("load-once", () => {
  it("loads a model on its first get and hands out a lease on it", async () => {
    const { cache, calls } = instantCache(1000, SIZES);
    expect(cache.entries()).toEqual([]);
    expect(cache.usedMb).toBe(0);
    expect(cache.budgetMb).toBe(1000);
    const lease = await cache.get("a");
    expect(lease.name).toBe("a");
    expect(lease.model).toEqual({ name: "a", copy: 1 });
    expect(calls).toEqual(["a"]);
    expect(cache.entries()).toEqual([idle("a", 400, 1)]);
    expect(cache.usedMb).toBe(400);
  });

  it("answers a second get from the cache: no second load, the same model, two leases", async () => {
    const { cache, calls } = instantCache(1000, SIZES);
    const first = await cache.get("a");
    const second = await cache.get("a");
    expect(second.model).toBe(first.model);
    expect(calls).toEqual(["a"]);
    expect(cache.entries()).toEqual([idle("a", 400, 2)]);
    expect(cache.usedMb).toBe(400);
  });

  it("two concurrent gets load the model once: the cache holds the promise", async () => {
    const loader = manualLoader();
    const cache = new ModelCache<Model>({ budgetMb: 1000, sizes: SIZES, load: loader.load });
    const first = cache.get("a");
    const second = cache.get("a");
    await settle();
    expect(loader.calls).toEqual(["a"]);
    // The memory is taken from the moment the load starts, and both callers hold it.
    expect(cache.entries()).toEqual([{ name: "a", sizeMb: 400, leases: 2, loading: true }]);
    expect(cache.usedMb).toBe(400);
    loader.finish();
    const [one, two] = await Promise.all([first, second]);
    expect(one.model).toBe(two.model);
    expect(cache.entries()).toEqual([idle("a", 400, 2)]);
  });

  it("does not cache a failed load: every waiting caller gets the error, the memory comes back, the next get loads again", async () => {
    const loader = manualLoader();
    const cache = new ModelCache<Model>({ budgetMb: 1000, sizes: SIZES, load: loader.load });
    const first = rejection(cache.get("a"));
    const second = rejection(cache.get("a"));
    await settle();
    const mismatch = new Error("a.safetensors: checksum mismatch");
    loader.finish(mismatch);
    expect(await first).toBe(mismatch);
    expect(await second).toBe(mismatch);
    expect(cache.entries()).toEqual([]);
    expect(cache.usedMb).toBe(0);
    const retry = cache.get("a");
    await settle();
    loader.finish();
    expect((await retry).model).toEqual({ name: "a", copy: 2 });
    expect(loader.calls).toEqual(["a", "a"]);
    expect(cache.entries()).toEqual([idle("a", 400, 1)]);
  });

  it("refuses an unknown model, even one named like an Object method", async () => {
    const { cache, calls } = instantCache(1000, SIZES);
    for (const name of ["gpt-9", "toString", "constructor", "__proto__", "hasOwnProperty"]) {
      const error = await rejection(cache.get(name));
      expect(error, name).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe(`unknown model: ${name}`);
    }
    expect(calls).toEqual([]);
    expect(cache.entries()).toEqual([]);
  });

  it("refuses a model bigger than the whole budget, and takes a model exactly as big", async () => {
    const { cache, calls } = instantCache(1000, { "llama-70b": 1400, whole: 1000 });
    const error = await rejection(cache.get("llama-70b"));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe(
      "llama-70b needs 1400 MB, more than the whole budget of 1000 MB",
    );
    expect(calls).toEqual([]);
    expect((await cache.get("whole")).name).toBe("whole");
    expect(cache.usedMb).toBe(1000);
  });

  it("law: concurrent gets of a model call the loader once, however they interleave", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.constantFrom("a", "b"), { minLength: 1, maxLength: 6 }),
        async (s, names) => {
          const calls: string[] = [];
          const cache = new ModelCache<Model>({
            budgetMb: 1000,
            sizes: SIZES,
            load: (name) => {
              calls.push(name);
              return s.schedule(Promise.resolve({ name, copy: calls.length }), `load ${name}`);
            },
          });
          const gets = names.map((name, i) =>
            s.schedule(Promise.resolve(), `get #${i} ${name}`).then(() => cache.get(name)),
          );
          const all = Promise.all(gets);
          await s.waitAll();
          const leases = await all;
          for (const name of ["a", "b"]) {
            const mine = leases.filter((l) => l.name === name);
            expect(calls.filter((c) => c === name).length, `loads of ${name}`).toBe(
              mine.length > 0 ? 1 : 0,
            );
            for (const lease of mine) expect(lease.model, `model of ${name}`).toBe(mine[0]?.model);
          }
          const counts = cache.entries().map((e) => [e.name, e.leases]);
          const expected = ["a", "b"]
            .map((name) => [name, names.filter((n) => n === name).length])
            .filter(([, n]) => n !== 0);
          expect(counts.toSorted(), "leases per model").toEqual(expected);
        },
      ),
    );
  });

  it("law: a failed load is not cached: later gets load again, and its memory is given back, whatever the interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 5 }), async (s, callers) => {
        let attempts = 0;
        const cache = new ModelCache<Model>({
          budgetMb: 1000,
          sizes: SIZES,
          load: (name) => {
            attempts += 1;
            const attempt = attempts;
            return s.schedule(Promise.resolve(attempt), `load attempt ${attempt}`).then((n) => {
              if (n === 1) throw new Error("attempt 1 failed");
              return { name, copy: n };
            });
          },
        });
        const gets = Array.from({ length: callers }, (_, i) =>
          s
            .schedule(Promise.resolve(), `get #${i}`)
            .then(() => cache.get("a"))
            .then(
              (lease) => lease.model.copy,
              (error: unknown) => (error as Error).message,
            ),
        );
        const all = Promise.all(gets);
        await s.waitAll();
        const outcomes = await all;
        const served = outcomes.filter((o) => o !== "attempt 1 failed");
        expect(outcomes, "outcomes: the first load's callers fail").toContain("attempt 1 failed");
        for (const o of served) expect(o, "a model after the failure").toBe(2);
        expect(attempts, "loads").toBe(served.length > 0 ? 2 : 1);
        expect(cache.usedMb, "MB in use").toBe(served.length > 0 ? 400 : 0);
        expect(cache.entries(), "entries").toEqual(
          served.length > 0 ? [idle("a", 400, served.length)] : [],
        );
      }),
    );
  });
});

describe("leases", () => {
  it("release gives the model back; a second release does nothing", async () => {
    const { cache } = instantCache(1000, SIZES);
    const first = await cache.get("a");
    const second = await cache.get("a");
    first.release();
    expect(cache.entries()).toEqual([idle("a", 400, 1)]);
    first.release();
    expect(cache.entries()).toEqual([idle("a", 400, 1)]);
    second.release();
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
    // Released is not evicted: the model stays loaded until its memory is needed.
    expect(cache.usedMb).toBe(400);
  });

  it("refuses to hand out the model once the lease is released", async () => {
    const { cache } = instantCache(1000, SIZES);
    const lease = await cache.get("a");
    expect(lease.model.name).toBe("a");
    lease.release();
    expect(() => lease.model).toThrow("the lease on a was released");
  });

  it("releases the lease at the end of a using block, even when the block throws", async () => {
    const { cache } = instantCache(1000, SIZES);
    {
      using lease = await cache.get("a");
      expect(lease.model.name).toBe("a");
      expect(cache.entries()).toEqual([idle("a", 400, 1)]);
    }
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
    const failure = new Error("bad input");
    const thrown = await (async () => {
      using _lease = await cache.get("a");
      expect(cache.entries()).toEqual([idle("a", 400, 1)]);
      throw failure;
    })().catch((error: unknown) => error);
    expect(thrown).toBe(failure);
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
  });

  it("disposes through [Symbol.dispose], which releases once like release()", async () => {
    const { cache } = instantCache(1000, SIZES);
    const lease = await cache.get("a");
    await cache.get("a");
    expect(typeof lease[Symbol.dispose]).toBe("function");
    lease[Symbol.dispose]();
    lease[Symbol.dispose]();
    lease.release();
    expect(cache.entries()).toEqual([idle("a", 400, 1)]);
  });

  it("withModel releases the lease once the callback has settled, not before", async () => {
    const { cache } = instantCache(1000, SIZES);
    let during: readonly CacheEntry[] = [];
    const answer = await withModel(cache, "a", async (model) => {
      await settle();
      during = cache.entries();
      return `${model.name} says hi`;
    });
    expect(answer).toBe("a says hi");
    expect(during).toEqual([idle("a", 400, 1)]);
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
    expect(await withModel(cache, "a", (model) => model.copy)).toBe(1);
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
  });

  it("withModel releases the lease when the callback throws, and rethrows the very same error", async () => {
    const { cache } = instantCache(1000, SIZES);
    const failure = new Error("inference failed");
    const error = await rejection(
      withModel(cache, "a", async () => {
        await settle();
        throw failure;
      }),
    );
    expect(error).toBe(failure);
    expect(cache.entries()).toEqual([idle("a", 400, 0)]);
    expect(await rejection(withModel(cache, "gpt-9", () => "never"))).toBeInstanceOf(RangeError);
  });

  it("law: a model's lease count is the number of its leases handed out and not yet released", async () => {
    const step = fc.oneof(
      fc.record({ get: fc.constantFrom("a", "small") }),
      fc.record({ release: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const { cache } = instantCache(1000, SIZES);
        const handed: Lease<Model>[] = [];
        const released = new Set<number>();
        for (const s of steps) {
          if ("get" in s) handed.push(await cache.get(s.get));
          else if (handed.length > 0) {
            const i = s.release % handed.length;
            handed[i]?.release();
            released.add(i);
          }
          for (const entry of cache.entries()) {
            const open = handed.filter((l, i) => l.name === entry.name && !released.has(i)).length;
            expect(entry.leases, `leases on ${entry.name}`).toBe(open);
          }
        }
      }),
    );
  });
});

describe("eviction", () => {
  it("evicts the least recently used idle model to make room, and unloads it", async () => {
    const { cache, calls, unloads } = instantCache(1000, SIZES);
    (await cache.get("a")).release();
    (await cache.get("b")).release();
    (await cache.get("c")).release();
    expect(cache.entries()).toEqual([idle("b", 400), idle("c", 400)]);
    expect(unloads).toEqual(["a#1"]);
    expect(calls).toEqual(["a", "b", "c"]);
    expect(cache.usedMb).toBe(800);
  });

  it("a hit moves the model to the most recently used end (delete and set)", async () => {
    const { cache, unloads } = instantCache(1000, SIZES);
    (await cache.get("a")).release();
    (await cache.get("b")).release();
    (await cache.get("a")).release();
    expect(cache.entries().map((e) => e.name)).toEqual(["b", "a"]);
    (await cache.get("c")).release();
    expect(unloads).toEqual(["b#1"]);
    expect(cache.entries().map((e) => e.name)).toEqual(["a", "c"]);
  });

  it("evicts as many as needed, oldest first, and no more", async () => {
    const { cache, unloads } = instantCache(1000, { ...SIZES, big: 700, tiny: 50 });
    for (const name of ["small", "a", "tiny"]) (await cache.get(name)).release();
    expect(cache.usedMb).toBe(550);
    (await cache.get("big")).release();
    expect(unloads).toEqual(["small#1", "a#1"]);
    expect(cache.entries()).toEqual([idle("tiny", 50), idle("big", 700)]);
    expect(cache.usedMb).toBe(750);
  });

  it("stops evicting as soon as the new model fits exactly", async () => {
    const { cache, unloads } = instantCache(800, SIZES);
    (await cache.get("a")).release();
    (await cache.get("b")).release();
    (await cache.get("c")).release();
    expect(unloads).toEqual(["a#1"]);
    expect(cache.entries()).toEqual([idle("b", 400), idle("c", 400)]);
    expect(cache.usedMb).toBe(800);
  });

  it("evicts without an unload callback too", async () => {
    const cache = new ModelCache<string>({
      budgetMb: 500,
      sizes: SIZES,
      load: async (name) => name,
    });
    (await cache.get("a")).release();
    expect((await cache.get("b")).model).toBe("b");
    expect(cache.entries()).toEqual([idle("b", 400, 1)]);
  });

  it("never evicts a model in use: it evicts a newer idle one instead", async () => {
    const { cache, unloads } = instantCache(1000, SIZES);
    const a = await cache.get("a");
    (await cache.get("b")).release();
    const c = await cache.get("c");
    expect(unloads).toEqual(["b#1"]);
    expect(cache.entries()).toEqual([idle("a", 400, 1), idle("c", 400, 1)]);
    a.release();
    c.release();
  });

  it("throws CacheFullError, evicting nothing, when only models in use could make room", async () => {
    const { cache, calls, unloads } = instantCache(1000, SIZES);
    (await cache.get("small")).release();
    const a = await cache.get("a");
    const b = await cache.get("b");
    const before = cache.entries();
    const error = await rejection(cache.get("c"));
    expect(error).toBeInstanceOf(CacheFullError);
    expect(error).toBeInstanceOf(Error);
    const full = error as CacheFullError;
    expect(full.name).toBe("CacheFullError");
    expect(full.message).toBe(
      "cannot load c (400 MB): 100 MB free, and the models that could make room are in use: a, b",
    );
    expect([full.model, full.neededMb, full.freeMb, full.inUse]).toEqual([
      "c",
      400,
      100,
      ["a", "b"],
    ]);
    expect(cache.entries()).toEqual(before);
    expect(unloads).toEqual([]);
    expect(calls).toEqual(["small", "a", "b"]);
    a.release();
    expect((await cache.get("c")).name).toBe("c");
    expect(unloads).toEqual(["small#1", "a#1"]);
    b.release();
  });

  it("counts a model that is still loading as in use", async () => {
    const loader = manualLoader();
    const cache = new ModelCache<Model>({
      budgetMb: 1000,
      sizes: SIZES,
      load: loader.load,
      unload: loader.unload,
    });
    const a = cache.get("a");
    const b = cache.get("b");
    await settle();
    const error = await rejection(cache.get("c"));
    expect((error as Error).message).toBe(
      "cannot load c (400 MB): 200 MB free, and the models that could make room are in use: a, b",
    );
    loader.finish();
    loader.finish();
    (await a).release();
    (await b).release();
  });

  // A model of the cache: the LRU order, the lease counts, and what was loaded and unloaded.
  type Sizes = Record<string, number>;
  type CacheModel = {
    readonly budget: number;
    readonly sizes: Sizes;
    order: string[];
    leases: Map<string, number>;
    used: number;
    loads: string[];
    unloads: string[];
    held: { name: string; released: boolean }[];
  };
  type Real = ReturnType<typeof instantCache> & { held: Lease<Model>[] };

  const checkAgainst = (m: CacheModel, r: Real) => {
    const expected = m.order.map((name) => idle(name, m.sizes[name] as number, m.leases.get(name)));
    expect(r.cache.entries(), "entries, least recently used first").toEqual(expected);
    expect(r.cache.usedMb, "MB in use").toBe(m.used);
    expect(r.cache.usedMb, "MB in use against the budget").toBeLessThanOrEqual(m.budget);
    expect(r.calls, "loads").toEqual(m.loads);
    expect(
      r.unloads.map((u) => u.split("#")[0]),
      "unloads",
    ).toEqual(m.unloads);
  };

  class Get implements fc.AsyncCommand<CacheModel, Real> {
    constructor(readonly name: string) {}
    check = () => true;
    async run(m: CacheModel, r: Real): Promise<void> {
      const size = m.sizes[this.name] as number;
      let want: "lease" | "too big" | "full" = "lease";
      if (m.leases.has(this.name)) {
        m.order = [...m.order.filter((n) => n !== this.name), this.name];
      } else if (size > m.budget) {
        want = "too big";
      } else {
        let free = m.budget - m.used;
        const victims: string[] = [];
        for (const name of m.order) {
          if (free >= size) break;
          if (m.leases.get(name) === 0) {
            victims.push(name);
            free += m.sizes[name] as number;
          }
        }
        if (free < size) want = "full";
        else {
          for (const victim of victims) {
            m.order = m.order.filter((n) => n !== victim);
            m.leases.delete(victim);
            m.used -= m.sizes[victim] as number;
            m.unloads.push(victim);
          }
          m.order.push(this.name);
          m.leases.set(this.name, 0);
          m.used += size;
          m.loads.push(this.name);
        }
      }
      if (want === "lease") {
        m.leases.set(this.name, (m.leases.get(this.name) ?? 0) + 1);
        m.held.push({ name: this.name, released: false });
        r.held.push(await r.cache.get(this.name));
      } else {
        const error = await rejection(r.cache.get(this.name));
        expect(error, `get(${this.name})`).toBeInstanceOf(
          want === "full" ? CacheFullError : RangeError,
        );
      }
      checkAgainst(m, r);
    }
    toString = () => `get(${this.name})`;
  }

  class Release implements fc.AsyncCommand<CacheModel, Real> {
    constructor(readonly pick: number) {}
    check = (m: Readonly<CacheModel>) => m.held.length > 0;
    async run(m: CacheModel, r: Real): Promise<void> {
      const i = this.pick % m.held.length;
      const held = m.held[i] as { name: string; released: boolean };
      if (!held.released) m.leases.set(held.name, (m.leases.get(held.name) as number) - 1);
      held.released = true;
      r.held[i]?.release();
      checkAgainst(m, r);
    }
    toString = () => `release(#${this.pick})`;
  }

  it("law: the cache behaves as its model: LRU order, only idle models evicted, never over budget (model-based)", async () => {
    const names = ["a", "b", "c", "d", "e"];
    const commands = fc.commands(
      [
        fc.constantFrom(...names).map((name) => new Get(name)),
        fc.nat().map((pick) => new Release(pick)),
      ],
      commandsReplay(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 1500 }),
        fc.tuple(...names.map(() => fc.integer({ min: 1, max: 700 }))),
        commands,
        async (budget, sizeList, cmds) => {
          const sizes = Object.fromEntries(names.map((n, i) => [n, sizeList[i] as number]));
          await fc.asyncModelRun(
            () => ({
              model: {
                budget,
                sizes,
                order: [],
                leases: new Map(),
                used: 0,
                loads: [],
                unloads: [],
                held: [],
              },
              real: { ...instantCache(budget, sizes), held: [] },
            }),
            cmds,
          );
        },
      ),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/model-cache/original.py, line by line.
  const transcript = [
    "two callers, one load: 1 call(s), same model: True",
    "bert-base('hello') on cuda, grad off",
    "in use: bert-base** (450/1000 MB)  [load bert-base]",
    "grad after inference: on",
    "released: bert-base (450/1000 MB)",
    "three loaded: bert-base, resnet50, whisper-small (850/1000 MB)  [load resnet50; load whisper-small]",
    "bert-base used again: resnet50, whisper-small, bert-base (850/1000 MB)",
    "get sd-unet: sd-unet.safetensors: checksum mismatch",
    "get llama-70b: llama-70b needs 1400 MB, more than the whole budget of 1000 MB",
    "get gpt-9: unknown model: gpt-9",
    "after the failures: whisper-small* (300/1000 MB)  [unload resnet50; unload bert-base; load sd-unet]",
    "get sd-unet: CacheFullError: cannot load sd-unet (700 MB): 150 MB free, and the models that could make room are in use: whisper-small, resnet50, bert-base",
    "all in use: whisper-small*, resnet50*, bert-base* (850/1000 MB)  [load resnet50; load bert-base]",
    "sd-unet('a cat') on cuda, grad off",
    "sd-unet loaded: sd-unet (700/1000 MB)  [unload whisper-small; unload resnet50; unload bert-base; load sd-unet]",
    "after release: the lease on sd-unet was released",
    "released twice: sd-unet (700/1000 MB)",
  ];

  it("prints what original.py prints", async () => {
    expect(await demo()).toEqual(transcript);
  });

  it("prints the same lines when run twice (no state leaks between runs)", async () => {
    await demo();
    expect(await demo()).toEqual(transcript);
  });
});
