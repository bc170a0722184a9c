// Singleton kata: port PrinterManager from original.py. Read README.md (or README.zh-CN.md)
// first, then run `npx kata test singleton`. Replace each `throw` below with your code.

export class PrinterManager {
  // TODO step 1 (one-instance): hold the one instance.
  // TODO step 2 (print-queue): hold the print queue.

  private constructor() {}

  static getInstance(): PrinterManager {
    // TODO step 1 (one-instance)
    throw new Error("TODO step 1 (one-instance): implement PrinterManager.getInstance");
  }

  static resetForTests(): void {
    // TODO step 1 (one-instance)
    throw new Error("TODO step 1 (one-instance): implement PrinterManager.resetForTests");
  }

  print(document: string): number {
    // TODO step 2 (print-queue)
    throw new Error("TODO step 2 (print-queue): implement PrinterManager.print");
  }

  printNext(): string | undefined {
    // TODO step 2 (print-queue)
    throw new Error("TODO step 2 (print-queue): implement PrinterManager.printNext");
  }

  get pending(): readonly string[] {
    // TODO step 2 (print-queue)
    throw new Error("TODO step 2 (print-queue): implement PrinterManager.pending");
  }
}

export function lazyAsync<T>(init: () => Promise<T>): () => Promise<T> {
  // TODO step 3 (lazy-async)
  throw new Error("TODO step 3 (lazy-async): implement lazyAsync");
}

export async function demo(): Promise<string[]> {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
