// Mistake: logging in the `get` trap. Every method read counts as a successful call, even one
// that is never called, and a call that throws is still logged as ok.
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
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      record({ at: now(), method: String(property), ok: true });
      return value.bind(target);
    },
  };
  return new Proxy(target, handler);
}
