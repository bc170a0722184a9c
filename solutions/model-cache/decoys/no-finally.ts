// Mistake: noGrad turns gradients back on after the call, but not in a `finally`. When the
// forward pass throws, gradients stay off for every later call, training included.
// GradMode keeps its setting in a #private field, which a subclass cannot reach, so this is a
// copy of the reference's class without its comments, different only in noGrad.
export * from "../model-cache.ts";

export class GradMode {
  #enabled = true;

  get enabled(): boolean {
    return this.#enabled;
  }

  noGrad<T>(fn: () => T): T {
    const before = this.#enabled;
    this.#enabled = false;
    const result = fn();
    this.#enabled = before;
    return result;
  }
}
