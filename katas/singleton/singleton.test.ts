import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { demo, lazyAsync, PrinterManager } from "#kata/singleton";
import { commandsReplay } from "../../src/testing/replay.ts";

beforeEach(() => PrinterManager.resetForTests());

describe("one-instance", () => {
  it("returns the same instance on every call", () => {
    expect(PrinterManager.getInstance()).toBe(PrinterManager.getInstance());
  });

  it("gives a fresh instance after a reset", () => {
    const before = PrinterManager.getInstance();
    PrinterManager.resetForTests();
    expect(PrinterManager.getInstance()).not.toBe(before);
  });
});

describe("print-queue", () => {
  it("shares one print queue between every handle", () => {
    const front = PrinterManager.getInstance();
    const back = PrinterManager.getInstance();
    expect(front.print("report.pdf")).toBe(1);
    expect(back.print("invoice.docx")).toBe(2);
    expect(front.pending).toEqual(["report.pdf", "invoice.docx"]);
    expect(back.printNext()).toBe("report.pdf");
    expect(front.printNext()).toBe("invoice.docx");
    expect(back.printNext()).toBeUndefined();
  });

  it("does not let callers change the queue through `pending`", () => {
    const pm = PrinterManager.getInstance();
    pm.print("a.pdf");
    (pm.pending as string[]).push("sneaky.pdf");
    expect(pm.pending).toEqual(["a.pdf"]);
  });

  type Model = { queue: string[] };
  type Real = { handles: PrinterManager[] };
  const handle = fc.nat({ max: 2 });

  class Print implements fc.Command<Model, Real> {
    constructor(
      readonly via: number,
      readonly document: string,
    ) {}
    check = () => true;
    run(model: Model, real: Real): void {
      model.queue.push(this.document);
      expect(real.handles[this.via]?.print(this.document), "position print() returns").toBe(
        model.queue.length,
      );
    }
    toString = () => `print#${this.via}(${JSON.stringify(this.document)})`;
  }

  class PrintNext implements fc.Command<Model, Real> {
    constructor(readonly via: number) {}
    check = () => true;
    run(model: Model, real: Real): void {
      expect(real.handles[this.via]?.printNext(), "document printNext() returns").toBe(
        model.queue.shift(),
      );
    }
    toString = () => `printNext#${this.via}()`;
  }

  class Pending implements fc.Command<Model, Real> {
    constructor(readonly via: number) {}
    check = () => true;
    run(model: Model, real: Real): void {
      expect(real.handles[this.via]?.pending, "documents pending").toEqual(model.queue);
    }
    toString = () => `pending#${this.via}`;
  }

  it("starts a fresh instance with an empty queue", () => {
    PrinterManager.getInstance().print("left-over.pdf");
    PrinterManager.resetForTests();
    expect(PrinterManager.getInstance().pending).toEqual([]);
    expect(PrinterManager.getInstance().printNext()).toBeUndefined();
  });

  it("law: any handles, any order of calls, behave as one first-in first-out queue", () => {
    const commands = fc.commands(
      [
        fc.tuple(handle, fc.string()).map(([via, doc]) => new Print(via, doc)),
        handle.map((via) => new PrintNext(via)),
        handle.map((via) => new Pending(via)),
      ],
      commandsReplay(),
    );
    fc.assert(
      fc.property(commands, (cmds) => {
        PrinterManager.resetForTests();
        const handles = [0, 1, 2].map(() => PrinterManager.getInstance());
        fc.modelRun(() => ({ model: { queue: [] }, real: { handles } }), cmds);
      }),
    );
  });

  it("law: after a reset, whatever was queued before, the queue is empty", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (documents) => {
        for (const document of documents) PrinterManager.getInstance().print(document);
        PrinterManager.resetForTests();
        expect(PrinterManager.getInstance().pending, "documents pending after the reset").toEqual(
          [],
        );
      }),
    );
  });
});

describe("lazy-async", () => {
  it("does not start loading before the first call", () => {
    let loads = 0;
    lazyAsync(async () => ++loads);
    expect(loads).toBe(0);
  });

  it("loads once for callers that arrive while loading is under way", async () => {
    let loads = 0;
    let finish: (driver: string) => void = () => {};
    const driver = lazyAsync(() => {
      loads += 1;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    });
    const first = driver();
    const second = driver();
    finish("laser-driver");
    expect(await Promise.all([first, second])).toEqual(["laser-driver", "laser-driver"]);
    expect(await driver()).toBe("laser-driver");
    expect(loads).toBe(1);
  });

  it("tries again after a failed load", async () => {
    let attempts = 0;
    const driver = lazyAsync(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("printer offline");
      return "laser-driver";
    });
    await expect(driver()).rejects.toThrow("printer offline");
    await expect(driver()).resolves.toBe("laser-driver");
    expect(attempts).toBe(2);
  });

  it("law: however the callers interleave, the initialiser runs once and all get its value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 6 }), async (s, callers) => {
        let loads = 0;
        const driver = lazyAsync(() => {
          loads += 1;
          return s.schedule(Promise.resolve(`driver-${loads}`), "load");
        });
        const calls = Array.from({ length: callers }, (_, i) =>
          s.schedule(Promise.resolve(i), `caller ${i}`).then(() => driver()),
        );
        const all = Promise.all(calls);
        await s.waitAll();
        expect(await all, "driver each caller got").toEqual(
          Array.from({ length: callers }, () => "driver-1"),
        );
        expect(loads, "number of loads").toBe(1);
      }),
    );
  });

  it("law: a failed load is never cached, whatever the interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        let attempts = 0;
        const driver = lazyAsync(() => {
          attempts += 1;
          const attempt = attempts;
          return s.schedule(Promise.resolve(attempt), "load").then((n) => {
            if (n === 1) throw new Error("printer offline");
            return "laser-driver";
          });
        });
        const first = driver().catch((error: unknown) => (error as Error).message);
        await s.waitAll();
        expect(await first, "error message the first caller got").toBe("printer offline");
        const second = driver();
        await s.waitAll();
        expect(await second, "driver the second caller got").toBe("laser-driver");
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/singleton/original.py, line by line.
  const transcript = [
    "pm1 is pm2: True",
    "report.pdf queued at position 1",
    "invoice.docx queued at position 2",
    "pending: report.pdf, invoice.docx",
    "printing report.pdf",
    "printing invoice.docx",
    "queue empty: True",
    "both callers got laser-driver and laser-driver; loaded 1 time(s)",
  ];

  it("prints what original.py prints", async () => {
    expect(await demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", async () => {
    expect(await demo(), "lines of demo() run again").toEqual(transcript);
    expect(await demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
