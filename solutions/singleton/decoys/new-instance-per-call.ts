// Mistake: a "singleton" whose getInstance() builds a new object on every call, so each
// caller gets its own queue. Python's version of this bug is forgetting to store cls._instance.
import { demo, lazyAsync } from "../singleton.ts";

export { demo, lazyAsync };

export class PrinterManager {
  readonly #queue: string[] = [];

  private constructor() {}

  static getInstance(): PrinterManager {
    return new PrinterManager();
  }

  static resetForTests(): void {}

  print(document: string): number {
    return this.#queue.push(document);
  }

  printNext(): string | undefined {
    return this.#queue.shift();
  }

  get pending(): readonly string[] {
    return [...this.#queue];
  }
}
