// Proxy kata: port BankAccount and the ATM proxies from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test proxy`. Replace each `throw` below with your code.

/** What the account and every proxy in front of it share. */
export interface Account {
  balance(): number;
  deposit(amount: number): string;
  withdraw(amount: number): string;
}

export class BankAccount implements Account {
  // TODO step 1 (delegation): hold the balance where nothing outside the class can reach it.

  constructor(opening: number) {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement the BankAccount constructor");
  }

  balance(): number {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement BankAccount.balance");
  }

  deposit(amount: number): string {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement BankAccount.deposit");
  }

  withdraw(amount: number): string {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement BankAccount.withdraw");
  }
}

export class AtmProxy implements Account {
  // TODO step 1 (delegation): hold the account, not a copy of its balance.

  constructor(account: Account) {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement the AtmProxy constructor");
  }

  balance(): number {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement AtmProxy.balance");
  }

  deposit(amount: number): string {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement AtmProxy.deposit");
  }

  withdraw(amount: number): string {
    // TODO step 1 (delegation)
    throw new Error("TODO step 1 (delegation): implement AtmProxy.withdraw");
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

export class GuardedAtm implements Account {
  // TODO step 2 (access-control): hold the account, the credentials, whether a session is
  // open, how many wrong PINs came in a row, and whether the card has been retained.

  constructor(account: Account, credentials: Credentials) {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement the GuardedAtm constructor");
  }

  insert(card: string, pin: string): void {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement GuardedAtm.insert");
  }

  eject(): void {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement GuardedAtm.eject");
  }

  balance(): number {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement GuardedAtm.balance");
  }

  deposit(amount: number): string {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement GuardedAtm.deposit");
  }

  withdraw(amount: number): string {
    // TODO step 2 (access-control)
    throw new Error("TODO step 2 (access-control): implement GuardedAtm.withdraw");
  }
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

export function audited<T extends object>(target: T, options: AuditOptions): T {
  // TODO step 3 (audit-log): return `new Proxy(target, handler)` with a `ProxyHandler<T>`.
  throw new Error("TODO step 3 (audit-log): implement audited");
}

/** How long a balance may be reused, and the clock to measure it with; both injected. */
export interface CacheOptions {
  readonly ttlMs: number;
  readonly now: () => number;
}

export class CachedBalance implements Account {
  // TODO step 4 (cached-balance): hold the account, the options, and the last real read.

  constructor(account: Account, options: CacheOptions) {
    // TODO step 4 (cached-balance)
    throw new Error("TODO step 4 (cached-balance): implement the CachedBalance constructor");
  }

  balance(): number {
    // TODO step 4 (cached-balance)
    throw new Error("TODO step 4 (cached-balance): implement CachedBalance.balance");
  }

  deposit(amount: number): string {
    // TODO step 4 (cached-balance)
    throw new Error("TODO step 4 (cached-balance): implement CachedBalance.deposit");
  }

  withdraw(amount: number): string {
    // TODO step 4 (cached-balance)
    throw new Error("TODO step 4 (cached-balance): implement CachedBalance.withdraw");
  }
}

export function demo(): string[] {
  // TODO step 5 (transcript)
  throw new Error("TODO step 5 (transcript): implement demo");
}
