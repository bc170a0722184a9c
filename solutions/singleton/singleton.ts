/**
 * The office's one print manager: `PrinterManager.getInstance().print("report.pdf") // 1`.
 * Python overrides `__new__`; TypeScript makes the constructor private, so `new` cannot
 * even be written outside the class and `getInstance()` is the only door.
 */
export class PrinterManager {
  // `#instance` is truly private at run time too; `private` alone is erased by the compiler.
  static #instance: PrinterManager | undefined;
  readonly #queue: string[] = [];

  private constructor() {}

  /** The shared instance, made on first use: `PrinterManager.getInstance() === PrinterManager.getInstance()`. */
  static getInstance(): PrinterManager {
    PrinterManager.#instance ??= new PrinterManager();
    return PrinterManager.#instance;
  }

  /** Forgets the instance so each test starts clean: `PrinterManager.resetForTests()`. */
  static resetForTests(): void {
    PrinterManager.#instance = undefined;
  }

  /** Queues a document and returns its position, counting from 1: `pm.print("a.pdf") // 1`. */
  print(document: string): number {
    return this.#queue.push(document);
  }

  /** Takes the oldest document off the queue, or `undefined` when it is empty: `pm.printNext()`. */
  printNext(): string | undefined {
    return this.#queue.shift();
  }

  /** A copy of the queue, oldest first, that callers cannot use to change it: `pm.pending`. */
  get pending(): readonly string[] {
    return [...this.#queue];
  }
}

/**
 * Wraps an async initialiser so that it runs once, however many callers race for it:
 * `const driver = lazyAsync(loadDriver); await Promise.all([driver(), driver()])` loads once.
 * The promise is cached, not the value: a caller arriving while loading is still under way
 * must join the same promise. A failed load is forgotten, so the next call tries again.
 */
export function lazyAsync<T>(init: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= init().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The lines `original.py` prints, in order: `demo()[0] // "pm1 is pm2: True"`. */
export async function demo(): Promise<string[]> {
  PrinterManager.resetForTests();
  const pm1 = PrinterManager.getInstance();
  const pm2 = PrinterManager.getInstance();
  const lines = [
    // Python prints booleans as True/False, JavaScript as true/false.
    `pm1 is pm2: ${pm1 === pm2 ? "True" : "False"}`,
    `report.pdf queued at position ${pm1.print("report.pdf")}`,
    `invoice.docx queued at position ${pm2.print("invoice.docx")}`,
    `pending: ${PrinterManager.getInstance().pending.join(", ")}`,
    `printing ${pm2.printNext()}`,
    `printing ${pm1.printNext()}`,
    `queue empty: ${pm1.printNext() === undefined ? "True" : "False"}`,
  ];
  let loads = 0;
  const driver = lazyAsync(async () => {
    loads += 1;
    return "laser-driver";
  });
  const [first, second] = await Promise.all([driver(), driver()]);
  return [...lines, `both callers got ${first} and ${second}; loaded ${loads} time(s)`];
}
