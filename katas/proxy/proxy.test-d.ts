import { expectTypeOf } from "vitest";
import {
  type Account,
  AtmError,
  AtmProxy,
  type AuditEntry,
  audited,
  BankAccount,
  CachedBalance,
  GuardedAtm,
  type Refusal,
} from "#kata/proxy";

const account = new BankAccount(500);
const options = { now: () => 0, record: (_entry: AuditEntry) => {} };

// Every proxy has the account's interface, so a caller cannot tell them apart, and they stack.
expectTypeOf<BankAccount>().toExtend<Account>();
expectTypeOf<AtmProxy>().toExtend<Account>();
expectTypeOf<GuardedAtm>().toExtend<Account>();
expectTypeOf<CachedBalance>().toExtend<Account>();
const stacked: Account = new GuardedAtm(
  new CachedBalance(new AtmProxy(account), { ttlMs: 1_000, now: () => 0 }),
  { card: "4000-1234", pin: "2468" },
);
expectTypeOf(stacked.withdraw).returns.toEqualTypeOf<string>();

// The ES Proxy keeps the target's type: the audited ATM still has insert and eject.
expectTypeOf(audited(account, options)).toEqualTypeOf<BankAccount>();
const atm = audited(new GuardedAtm(account, { card: "4000-1234", pin: "2468" }), options);
expectTypeOf(atm.insert).parameters.toEqualTypeOf<[card: string, pin: string]>();

// @ts-expect-error: a primitive cannot stand behind a Proxy; `audited` wants an object.
audited(42, options);

// @ts-expect-error: a plain proxy has no card slot; only GuardedAtm adds insert.
new AtmProxy(account).insert("4000-1234", "2468");

// @ts-expect-error: the clock must be injected; there is no silent default to Date.now().
new CachedBalance(account, { ttlMs: 1_000 });

// @ts-expect-error: Python would take "100" and fail inside; an amount is a number.
account.withdraw("100");

// The reason is a union of literals, not any string.
expectTypeOf<AtmError["reason"]>().toEqualTypeOf<Refusal>();
// @ts-expect-error: "stolen-card" is not one of the refusals.
new AtmError("stolen-card");

// An audit entry carries an error message only when the call failed.
declare const entry: AuditEntry;
if (entry.ok) {
  // @ts-expect-error: a successful call has no error to report.
  entry.error;
} else {
  expectTypeOf(entry.error).toEqualTypeOf<string>();
}
