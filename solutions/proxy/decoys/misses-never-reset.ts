// Mistake: wrong PINs are counted over the card's whole life instead of in a row, so a customer
// who mistyped twice last week loses the card at the next single slip.
import { type Account, AtmError, type Credentials } from "../proxy.ts";

export { AtmError, AtmProxy, audited, BankAccount, CachedBalance, demo } from "../proxy.ts";

export class GuardedAtm implements Account {
  readonly #account: Account;
  readonly #credentials: Credentials;
  #session = false;
  #misses = 0;

  constructor(account: Account, credentials: Credentials) {
    this.#account = account;
    this.#credentials = credentials;
  }

  insert(card: string, pin: string): void {
    this.#session = false;
    if (card !== this.#credentials.card) throw new AtmError("unknown-card");
    if (this.#misses >= 3) throw new AtmError("card-retained");
    if (pin !== this.#credentials.pin) {
      this.#misses += 1;
      throw new AtmError(this.#misses >= 3 ? "card-retained" : "wrong-pin");
    }
    this.#session = true;
  }

  eject(): void {
    this.#session = false;
  }

  balance(): number {
    this.#requireCard();
    return this.#account.balance();
  }

  deposit(amount: number): string {
    this.#requireCard();
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new AtmError("invalid-amount");
    return this.#account.deposit(amount);
  }

  withdraw(amount: number): string {
    this.#requireCard();
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new AtmError("invalid-amount");
    if (amount > this.#account.balance()) throw new AtmError("insufficient-funds");
    return this.#account.withdraw(amount);
  }

  #requireCard(): void {
    if (!this.#session) throw new AtmError("no-card");
  }
}
