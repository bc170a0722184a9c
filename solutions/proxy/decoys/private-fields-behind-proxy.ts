// Mistake: the handler reads with the proxy as receiver and calls with the proxy as `this`,
// as a default-looking `Reflect.get(target, property, receiver)` does. The target's #private
// fields live on the target only, so `this.#balance` throws TypeError through the proxy.
import type { AuditOptions } from "../proxy.ts";

export {
  AtmError,
  AtmProxy,
  BankAccount,
  CachedBalance,
  demo,
  GuardedAtm,
} from "../proxy.ts";

export function audited<T extends object>(target: T, { now, record }: AuditOptions): T {
  const handler: ProxyHandler<T> = {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const method = String(property);
      return function (this: unknown, ...args: unknown[]): unknown {
        const at = now();
        let result: unknown;
        try {
          result = Reflect.apply(value, this, args);
        } catch (error) {
          record({
            at,
            method,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          });
          throw error;
        }
        record({ at, method, ok: true });
        return result;
      };
    },
  };
  return new Proxy(target, handler);
}
