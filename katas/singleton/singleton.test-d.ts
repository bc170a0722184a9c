import { expectTypeOf } from "vitest";
import { lazyAsync, PrinterManager } from "#kata/singleton";

// @ts-expect-error: the constructor is private, so `new` is refused outside the class.
new PrinterManager();

expectTypeOf(PrinterManager.getInstance).returns.toEqualTypeOf<PrinterManager>();
expectTypeOf(PrinterManager.getInstance().pending).toEqualTypeOf<readonly string[]>();
expectTypeOf(PrinterManager.getInstance().printNext).returns.toEqualTypeOf<string | undefined>();

// @ts-expect-error: `pending` is read-only, so the queue cannot be changed through it.
PrinterManager.getInstance().pending.push("sneaky.pdf");

// The getter keeps the initialiser's type.
expectTypeOf(lazyAsync(async () => 42)).toEqualTypeOf<() => Promise<number>>();
