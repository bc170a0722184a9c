/**
 * What the account and every proxy in front of it share, so a caller cannot tell them apart:
 * `const atm: Account = new AtmProxy(new BankAccount(500))`.
 */
export interface Account {
  balance(): number;
  deposit(amount: number): string;
  withdraw(amount: number): string;
}

/**
 * The real subject, a ledger: `new BankAccount(500).withdraw(100) // "Withdrew 100 dollars"`.
 * It trusts its caller, so the balance may go below zero; refusing is the ATM's job.
 */
export class BankAccount implements Account {
  // Truly private, unlike Python's `_balance`: only methods called on this very object can
  // read it. That is why `audited` below must call methods on the target, not on the proxy.
  #balance: number;

  constructor(opening: number) {
    this.#balance = opening;
  }

  /** The current balance: `new BankAccount(500).balance() // 500`. */
  balance(): number {
    return this.#balance;
  }

  /** Adds to the balance: `account.deposit(25) // "Deposited 25 dollars"`. */
  deposit(amount: number): string {
    this.#balance += amount;
    return `Deposited ${amount} dollars`;
  }

  /** Takes from the balance, unchecked: `account.withdraw(100) // "Withdrew 100 dollars"`. */
  withdraw(amount: number): string {
    this.#balance -= amount;
    return `Withdrew ${amount} dollars`;
  }
}

/**
 * The seed's proxy, which passes every call on: `new AtmProxy(account).withdraw(100)`.
 * It holds the account (composition), never a copy of its balance.
 */
export class AtmProxy implements Account {
  readonly #account: Account;

  constructor(account: Account) {
    this.#account = account;
  }

  /** The account's balance: `atm.balance() // 400`. */
  balance(): number {
    return this.#account.balance();
  }

  /** The account's deposit: `atm.deposit(25) // "Deposited 25 dollars"`. */
  deposit(amount: number): string {
    return this.#account.deposit(amount);
  }

  /** The account's withdraw: `atm.withdraw(100) // "Withdrew 100 dollars"`. */
  withdraw(amount: number): string {
    return this.#account.withdraw(amount);
  }
}

/** Every reason the ATM can give for saying no. */
export type Refusal =
  | "no-card"
  | "unknown-card"
  | "wrong-pin"
  | "card-retained"
  | "invalid-amount"
  | "insufficient-funds";

/** The ATM said no, and why: `new AtmError("wrong-pin").message // "refused (wrong-pin)"`. */
export class AtmError extends Error {
  override readonly name = "AtmError";

  constructor(readonly reason: Refusal) {
    super(`refused (${reason})`);
  }
}

/** The card and PIN the ATM accepts for its account. */
export interface Credentials {
  readonly card: string;
  readonly pin: string;
}

const MAX_PIN_ATTEMPTS = 3;

/**
 * A protection proxy: nothing reaches the account without the right card and PIN, and no
 * withdrawal goes below zero: `atm.insert("4000-1234", "2468"); atm.withdraw(50)`.
 */
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

  /** Opens a session, or throws why not: `atm.insert("4000-1234", "2468")`. */
  insert(card: string, pin: string): void {
    // Whatever happens next, the previous session is over.
    this.#session = false;
    if (card !== this.#credentials.card) throw new AtmError("unknown-card");
    if (this.#retained) throw new AtmError("card-retained");
    if (pin !== this.#credentials.pin) {
      this.#misses += 1;
      this.#retained = this.#misses >= MAX_PIN_ATTEMPTS;
      throw new AtmError(this.#retained ? "card-retained" : "wrong-pin");
    }
    this.#misses = 0;
    this.#session = true;
  }

  /** Ends the session; harmless without one: `atm.eject()`. */
  eject(): void {
    this.#session = false;
  }

  /** The account's balance, for a card holder only: `atm.balance() // 400`. */
  balance(): number {
    this.#requireCard();
    return this.#account.balance();
  }

  /** The account's deposit, for whole dollars only: `atm.deposit(25) // "Deposited 25 dollars"`. */
  deposit(amount: number): string {
    this.#requireCard();
    requireWholeDollars(amount);
    return this.#account.deposit(amount);
  }

  /** The account's withdraw, never below zero: `atm.withdraw(50) // "Withdrew 50 dollars"`. */
  withdraw(amount: number): string {
    // Every check runs before the account is asked to move money: a check after the call
    // would refuse a withdrawal that has already happened.
    this.#requireCard();
    requireWholeDollars(amount);
    if (amount > this.#account.balance()) throw new AtmError("insufficient-funds");
    return this.#account.withdraw(amount);
  }

  #requireCard(): void {
    if (!this.#session) throw new AtmError("no-card");
  }
}

function requireWholeDollars(amount: number): void {
  // Python asks isinstance(amount, int). Every JavaScript number is a float, so ask for a safe
  // integer: that rules out 2.5, NaN and Infinity in one test.
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new AtmError("invalid-amount");
}

/** One call seen by `audited`: when, which method, and how it ended. */
export type AuditEntry =
  | { readonly at: number; readonly method: string; readonly ok: true }
  | { readonly at: number; readonly method: string; readonly ok: false; readonly error: string };

/** The clock `audited` reads and the place it writes to; both injected. */
export interface AuditOptions {
  readonly now: () => number;
  readonly record: (entry: AuditEntry) => void;
}

/**
 * Wraps any object in an ES `Proxy` that records every method call and rethrows what it throws:
 * `audited(atm, { now, record }).withdraw(50)` records `{ at, method: "withdraw", ok: true }`.
 * Arguments are not recorded: one of them is a PIN.
 */
export function audited<T extends object>(target: T, { now, record }: AuditOptions): T {
  const handler: ProxyHandler<T> = {
    get(target, property) {
      // The default would read with the proxy as receiver and call with the proxy as `this`.
      // A #private field exists on the target only, so `this.#balance` would throw TypeError.
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const method = String(property);
      return (...args: unknown[]): unknown => {
        const at = now();
        let result: unknown;
        try {
          result = Reflect.apply(value, target, args);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          record({ at, method, ok: false, error: message });
          throw error;
        }
        record({ at, method, ok: true });
        return result;
      };
    },
  };
  return new Proxy(target, handler);
}

/** How long a balance may be reused, and the clock to measure it with; both injected. */
export interface CacheOptions {
  readonly ttlMs: number;
  readonly now: () => number;
}

/**
 * A caching proxy: `balance()` asks the account at most once per `ttlMs`, and a deposit or
 * withdrawal through it forgets the cached value: `new CachedBalance(account, { ttlMs, now })`.
 */
export class CachedBalance implements Account {
  readonly #account: Account;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #cached: { readonly balance: number; readonly at: number } | undefined;

  constructor(account: Account, { ttlMs, now }: CacheOptions) {
    this.#account = account;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** The balance as of a read at most `ttlMs` ago: `cached.balance() // 350`. */
  balance(): number {
    const at = this.#now();
    if (this.#cached === undefined || at - this.#cached.at >= this.#ttlMs) {
      this.#cached = { balance: this.#account.balance(), at };
    }
    return this.#cached.balance;
  }

  /** The account's deposit; the cached balance is now wrong, so it is forgotten. */
  deposit(amount: number): string {
    this.#cached = undefined;
    return this.#account.deposit(amount);
  }

  /** The account's withdraw; the cached balance is now wrong, so it is forgotten. */
  withdraw(amount: number): string {
    this.#cached = undefined;
    return this.#account.withdraw(amount);
  }
}

/** The lines `original.py` prints, in order: `demo()[0] // "Withdrew 100 dollars"`. */
export function demo(): string[] {
  const account = new BankAccount(500);
  const atm = new AtmProxy(account);
  const lines = [atm.withdraw(100), `account balance: ${account.balance()}`];

  let clock = 0;
  const now = () => clock;
  const log: AuditEntry[] = [];
  const cached = new CachedBalance(account, { ttlMs: 30_000, now });
  // Python passes `log.append`, a bound method. `log.push` alone would lose its `this`.
  const guarded = audited(new GuardedAtm(cached, { card: "4000-1234", pin: "2468" }), {
    now,
    record: (entry) => log.push(entry),
  });

  lines.push(attempt(() => guarded.withdraw(50)));
  lines.push(attempt(() => insertCard(guarded, "1111")));
  lines.push(insertCard(guarded, "2468"));
  clock = 1_000;
  lines.push(attempt(() => guarded.withdraw(1_000)));
  lines.push(guarded.withdraw(50));
  lines.push(`balance at ${clock / 1000} s: ${guarded.balance()}`);
  account.deposit(200); // a salary arrives at the bank, not through this ATM
  clock = 11_000;
  lines.push(`balance at ${clock / 1000} s: ${guarded.balance()}`);
  clock = 31_000;
  lines.push(`balance at ${clock / 1000} s: ${guarded.balance()}`);
  guarded.eject();
  lines.push(attempt(() => String(guarded.balance())));

  lines.push("audit log:");
  for (const entry of log) {
    lines.push(`  t=${entry.at} ${entry.method}: ${entry.ok ? "ok" : entry.error}`);
  }

  const found = new GuardedAtm(new BankAccount(0), { card: "4000-1234", pin: "2468" });
  const pins = ["1111", "2222", "3333", "2468"];
  lines.push(pins.map((pin) => attempt(() => insertCard(found, pin))).join(", "));
  return lines;
}

function insertCard(atm: GuardedAtm, pin: string): string {
  atm.insert("4000-1234", pin);
  return "card accepted";
}

function attempt(action: () => string): string {
  try {
    return action();
  } catch (error) {
    if (error instanceof AtmError) return error.message;
    throw error;
  }
}
