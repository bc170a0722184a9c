// Mistake: noGrad turns gradients back on after the call, but not in a `finally`. When the
// forward pass throws, gradients stay off for every later call, training included.
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
