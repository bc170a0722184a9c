import type fc from "fast-check";

/**
 * What a kata declares in `katas/<id>/compare.ts` so that `kata compare` can drive the
 * learner's module and the reference with the same generated inputs:
 *
 *   export default { input: fc.string(), observe: (m, s) => m.shout(s) } satisfies Differential<typeof import("#kata/x"), string>;
 *
 * `observe` returns any JSON-friendly value; a throw is observed as the error's message.
 */
export interface Differential<Module, Input> {
  readonly input: fc.Arbitrary<Input>;
  readonly observe: (module: Module, input: Input) => unknown;
}

/** One observation: a value, or what was thrown. */
export type Observed = { readonly value: unknown } | { readonly threw: string };

/** Observes one call, turning a throw (or a rejected promise) into data. */
export async function observe<M, I>(d: Differential<M, I>, module: M, input: I): Promise<Observed> {
  try {
    return { value: await d.observe(module, input) };
  } catch (error) {
    const e = error as { name?: string; message?: string; pyType?: string };
    return { threw: `${e.pyType ?? e.name ?? "Error"}: ${e.message ?? String(error)}` };
  }
}
