// Mistake: the cache honours its lifetime but forgets to drop the cached balance when money
// moves through it, so right after a withdrawal the ATM shows the old balance.
import type { Account, CacheOptions } from "../proxy.ts";

export { AtmError, AtmProxy, audited, BankAccount, demo, GuardedAtm } from "../proxy.ts";

export class CachedBalance implements Account {
  readonly #account: Account;
  readonly #options: CacheOptions;
  #cached: { readonly balance: number; readonly at: number } | undefined;

  constructor(account: Account, options: CacheOptions) {
    this.#account = account;
    this.#options = options;
  }

  balance(): number {
    const at = this.#options.now();
    if (this.#cached === undefined || at - this.#cached.at >= this.#options.ttlMs) {
      this.#cached = { balance: this.#account.balance(), at };
    }
    return this.#cached.balance;
  }

  deposit(amount: number): string {
    return this.#account.deposit(amount);
  }

  withdraw(amount: number): string {
    return this.#account.withdraw(amount);
  }
}
