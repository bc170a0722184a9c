// Mistake: the queue lives in module scope beside the class, so resetForTests() makes a new
// instance but the old documents are still waiting in the shared array.
import { demo, lazyAsync } from "../singleton.ts";

export { demo, lazyAsync };

const queue: string[] = [];

export class PrinterManager {
  static #instance: PrinterManager | undefined;

  private constructor() {}

  static getInstance(): PrinterManager {
    PrinterManager.#instance ??= new PrinterManager();
    return PrinterManager.#instance;
  }

  static resetForTests(): void {
    PrinterManager.#instance = undefined;
  }

  print(document: string): number {
    return queue.push(document);
  }

  printNext(): string | undefined {
    return queue.shift();
  }

  get pending(): readonly string[] {
    return [...queue];
  }
}
