// Mistake: the guard asks the account first and checks afterwards. The refusal comes back to
// the caller, but the money has already moved (and without a card, the balance was read).
import { type Account, AtmError, type Credentials } from "../proxy.ts";

export { AtmError, AtmProxy, audited, BankAccount, CachedBalance, demo } from "../proxy.ts";

export class GuardedAtm implements Account {
  readonly #account: Account;
  readonly #credentials: Credentials;
  #session = false;
  #misses = 0;
  #retained = false;

  constructor(account: Account, credentials: Credentials) {
    this.#account = account;
    this.#credentials = credentials;
  }

  insert(card: string, pin: string): void {
    this.#session = false;
    if (card !== this.#credentials.card) throw new AtmError("unknown-card");
    if (this.#retained) throw new AtmError("card-retained");
    if (pin !== this.#credentials.pin) {
      this.#misses += 1;
      this.#retained = this.#misses >= 3;
      throw new AtmError(this.#retained ? "card-retained" : "wrong-pin");
    }
    this.#misses = 0;
    this.#session = true;
  }

  eject(): void {
    this.#session = false;
  }

  balance(): number {
    const balance = this.#account.balance();
    this.#check();
    return balance;
  }

  deposit(amount: number): string {
    const receipt = this.#account.deposit(amount);
    this.#check(amount);
    return receipt;
  }

  withdraw(amount: number): string {
    const receipt = this.#account.withdraw(amount);
    this.#check(amount);
    if (this.#account.balance() < 0) throw new AtmError("insufficient-funds");
    return receipt;
  }

  #check(amount = 1): void {
    if (!this.#session) throw new AtmError("no-card");
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new AtmError("invalid-amount");
  }
}
