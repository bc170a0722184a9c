// Mistake: a cache without a lifetime. The first balance read is kept until the next write
// through the ATM, so money that arrives at the bank by any other way never shows.
import type { Account, CacheOptions } from "../proxy.ts";

export { AtmError, AtmProxy, audited, BankAccount, demo, GuardedAtm } from "../proxy.ts";

export class CachedBalance implements Account {
  readonly #account: Account;
  #cached: number | undefined;

  constructor(account: Account, _options: CacheOptions) {
    this.#account = account;
  }

  balance(): number {
    this.#cached ??= this.#account.balance();
    return this.#cached;
  }

  deposit(amount: number): string {
    this.#cached = undefined;
    return this.#account.deposit(amount);
  }

  withdraw(amount: number): string {
    this.#cached = undefined;
    return this.#account.withdraw(amount);
  }
}
