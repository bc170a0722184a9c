import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Account,
  AtmError,
  AtmProxy,
  type AuditEntry,
  audited,
  BankAccount,
  CachedBalance,
  demo,
  GuardedAtm,
  type Refusal,
} from "#kata/proxy";
import { commandsReplay } from "../../src/testing/replay.ts";

/** A hand-written account that notes every call that reaches it. */
class SpyAccount implements Account {
  readonly calls: string[] = [];
  // #private on purpose: a proxy that calls methods with the wrong `this` cannot read it.
  #balance: number;

  constructor(opening: number) {
    this.#balance = opening;
  }

  balance(): number {
    this.calls.push("balance");
    return this.#balance;
  }

  deposit(amount: number): string {
    this.calls.push(`deposit ${amount}`);
    this.#balance += amount;
    return `Deposited ${amount} dollars`;
  }

  withdraw(amount: number): string {
    this.calls.push(`withdraw ${amount}`);
    this.#balance -= amount;
    return `Withdrew ${amount} dollars`;
  }

  /** The calls that changed the balance, reads left out. */
  get writes(): string[] {
    return this.calls.filter((call) => call !== "balance");
  }

  /** The balance, read without noting a call. */
  get peek(): number {
    return this.#balance;
  }
}

/** Runs `action` and returns the reason of the AtmError it throws, or "no refusal". */
function refusal(action: () => unknown): Refusal | "no refusal" {
  try {
    action();
  } catch (error) {
    expect(error, "what the ATM threw").toBeInstanceOf(AtmError);
    return (error as AtmError).reason;
  }
  return "no refusal";
}

const CARD = "4000-1234";
const PIN = "2468";
const credentials = { card: CARD, pin: PIN };

describe("delegation", () => {
  it("keeps a balance in the account, which trusts its caller", () => {
    const account = new BankAccount(500);
    expect(account.balance()).toBe(500);
    expect(account.withdraw(100)).toBe("Withdrew 100 dollars");
    expect(account.balance()).toBe(400);
    expect(account.deposit(25)).toBe("Deposited 25 dollars");
    expect(account.balance()).toBe(425);
    expect(account.withdraw(1_000)).toBe("Withdrew 1000 dollars");
    expect(account.balance()).toBe(-575);
  });

  it("passes every call on to the account it wraps", () => {
    const account = new BankAccount(500);
    const atm = new AtmProxy(account);
    expect(atm.withdraw(100)).toBe("Withdrew 100 dollars");
    expect(account.balance()).toBe(400);
    expect(atm.deposit(7)).toBe("Deposited 7 dollars");
    expect(account.balance()).toBe(407);
    account.deposit(3);
    expect(atm.balance()).toBe(410);
  });

  it("makes exactly one call on the account per call on the proxy", () => {
    const spy = new SpyAccount(50);
    const atm = new AtmProxy(spy);
    expect(atm.balance()).toBe(50);
    expect(atm.deposit(5)).toBe("Deposited 5 dollars");
    expect(atm.withdraw(20)).toBe("Withdrew 20 dollars");
    expect(spy.calls).toEqual(["balance", "deposit 5", "withdraw 20"]);
  });

  type Op =
    | { readonly kind: "balance" }
    | { readonly kind: "deposit" | "withdraw"; amount: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.constant({ kind: "balance" as const }),
    fc.record({
      kind: fc.constantFrom("deposit" as const, "withdraw" as const),
      amount: fc.integer({ min: -1_000, max: 1_000 }),
    }),
  );
  const call = (target: Account, o: Op): number | string =>
    o.kind === "balance" ? target.balance() : target[o.kind](o.amount);

  it("law: for any sequence of calls, the proxy returns exactly what the account returns", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000, max: 1_000 }), fc.array(op), (opening, ops) => {
        const direct = new BankAccount(opening);
        const behind = new BankAccount(opening);
        const atm = new AtmProxy(behind);
        for (const o of ops)
          expect(call(atm, o), `what ${o.kind}() returns through the proxy`).toEqual(
            call(direct, o),
          );
        expect(behind.balance(), "balance of the account behind the proxy").toBe(direct.balance());
      }),
    );
  });

  it("law: the proxy keeps no state of its own; calls through it and on the account mix as on one account", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), op)), (steps) => {
        const account = new BankAccount(0);
        const atm = new AtmProxy(account);
        let model = 0;
        for (const [viaAtm, o] of steps) {
          const got = call(viaAtm ? atm : account, o);
          if (o.kind === "balance") expect(got, "balance read").toBe(model);
          else model += o.kind === "deposit" ? o.amount : -o.amount;
        }
        expect(atm.balance(), "balance through the proxy").toBe(model);
        expect(account.balance(), "balance of the account").toBe(model);
      }),
    );
  });
});

describe("access-control", () => {
  const open = (spy: SpyAccount): GuardedAtm => {
    const atm = new GuardedAtm(spy, credentials);
    atm.insert(CARD, PIN);
    return atm;
  };

  it("refuses every call before a card is inserted, and nothing reaches the account", () => {
    const spy = new SpyAccount(100);
    const atm = new GuardedAtm(spy, credentials);
    expect(refusal(() => atm.balance())).toBe("no-card");
    expect(refusal(() => atm.deposit(10))).toBe("no-card");
    expect(refusal(() => atm.withdraw(10))).toBe("no-card");
    expect(() => atm.withdraw(10)).toThrow("refused (no-card)");
    expect(spy.calls).toEqual([]);
  });

  it("says no with an AtmError that names its reason", () => {
    const error = new AtmError("insufficient-funds");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AtmError");
    expect(error.reason).toBe("insufficient-funds");
    expect(error.message).toBe("refused (insufficient-funds)");
  });

  it("passes calls on, with the account's own answers, once card and PIN are right", () => {
    const spy = new SpyAccount(100);
    const atm = open(spy);
    expect(atm.balance()).toBe(100);
    expect(atm.withdraw(30)).toBe("Withdrew 30 dollars");
    expect(atm.deposit(5)).toBe("Deposited 5 dollars");
    expect(atm.balance()).toBe(75);
    expect(spy.writes).toEqual(["withdraw 30", "deposit 5"]);
    expect(spy.peek).toBe(75);
  });

  it("refuses a wrong PIN and an unknown card, and opens no session for them", () => {
    const spy = new SpyAccount(100);
    const atm = new GuardedAtm(spy, credentials);
    expect(refusal(() => atm.insert(CARD, "1111"))).toBe("wrong-pin");
    expect(refusal(() => atm.balance())).toBe("no-card");
    expect(refusal(() => atm.insert("4000-9999", PIN))).toBe("unknown-card");
    expect(refusal(() => atm.balance())).toBe("no-card");
    expect(spy.calls).toEqual([]);
  });

  it("keeps the card after the third wrong PIN in a row, even when the right PIN follows", () => {
    const atm = new GuardedAtm(new SpyAccount(100), credentials);
    expect(refusal(() => atm.insert(CARD, "1111"))).toBe("wrong-pin");
    expect(refusal(() => atm.insert(CARD, "2222"))).toBe("wrong-pin");
    expect(refusal(() => atm.insert(CARD, "3333"))).toBe("card-retained");
    expect(refusal(() => atm.insert(CARD, PIN))).toBe("card-retained");
    expect(refusal(() => atm.balance())).toBe("no-card");
    expect(refusal(() => atm.insert("4000-9999", PIN))).toBe("unknown-card");
  });

  it("starts counting wrong PINs again after a right one; an unknown card is not a miss", () => {
    const atm = new GuardedAtm(new SpyAccount(100), credentials);
    expect(refusal(() => atm.insert(CARD, "1111"))).toBe("wrong-pin");
    expect(refusal(() => atm.insert(CARD, "2222"))).toBe("wrong-pin");
    expect(refusal(() => atm.insert(CARD, PIN))).toBe("no refusal");
    atm.eject();
    expect(refusal(() => atm.insert(CARD, "1111"))).toBe("wrong-pin");
    expect(refusal(() => atm.insert(CARD, "2222"))).toBe("wrong-pin");
    for (let i = 0; i < 5; i++) {
      expect(refusal(() => atm.insert("4000-9999", "1111"))).toBe("unknown-card");
    }
    expect(refusal(() => atm.insert(CARD, PIN))).toBe("no refusal");
    expect(atm.balance()).toBe(100);
  });

  it("ends the session on eject, and on a failed insert", () => {
    const atm = open(new SpyAccount(100));
    atm.eject();
    expect(refusal(() => atm.balance())).toBe("no-card");
    atm.eject();
    atm.insert(CARD, PIN);
    expect(atm.balance()).toBe(100);
    expect(refusal(() => atm.insert(CARD, "1111"))).toBe("wrong-pin");
    expect(refusal(() => atm.withdraw(10))).toBe("no-card");
  });

  it("refuses amounts that are not positive whole dollars, before touching the account", () => {
    const spy = new SpyAccount(100);
    const atm = open(spy);
    for (const amount of [0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(refusal(() => atm.withdraw(amount))).toBe("invalid-amount");
      expect(refusal(() => atm.deposit(amount))).toBe("invalid-amount");
    }
    expect(spy.calls).toEqual([]);
  });

  it("refuses an overdraft without asking the account to withdraw", () => {
    const spy = new SpyAccount(100);
    const atm = open(spy);
    expect(refusal(() => atm.withdraw(101))).toBe("insufficient-funds");
    expect(() => atm.withdraw(101)).toThrow("refused (insufficient-funds)");
    expect(spy.writes).toEqual([]);
    expect(spy.peek).toBe(100);
    expect(atm.withdraw(100)).toBe("Withdrew 100 dollars");
    expect(spy.peek).toBe(0);
    expect(refusal(() => atm.withdraw(1))).toBe("insufficient-funds");
  });

  it("checks the card before anything else", () => {
    const atm = new GuardedAtm(new SpyAccount(0), credentials);
    expect(refusal(() => atm.withdraw(-5))).toBe("no-card");
    expect(refusal(() => atm.withdraw(1_000))).toBe("no-card");
  });

  it("law: for authorised calls the proxy is indistinguishable from the account", () => {
    type Op = { kind: "balance" } | { kind: "deposit" | "withdraw"; amount: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.constant({ kind: "balance" as const }),
      fc.record({
        kind: fc.constantFrom("deposit" as const, "withdraw" as const),
        amount: fc.integer({ min: 1, max: 500 }),
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 1_000 }), fc.array(op), (opening, ops) => {
        const direct = new SpyAccount(opening);
        const atm = open(new SpyAccount(opening));
        for (const o of ops) {
          if (o.kind === "balance")
            expect(atm.balance(), "balance through the ATM").toBe(direct.balance());
          else if (o.kind === "withdraw" && o.amount > direct.peek) {
            // Not authorised: covered by the next law.
            expect(
              refusal(() => atm.withdraw(o.amount)),
              "refusal of the overdraft",
            ).toBe("insufficient-funds");
          } else
            expect(atm[o.kind](o.amount), `what ${o.kind}() returns through the ATM`).toBe(
              direct[o.kind](o.amount),
            );
        }
        expect(atm.balance(), "balance through the ATM, at the end").toBe(direct.peek);
      }),
    );
  });

  // A model of the ATM, and commands that check the real one against it.
  type Model = { balance: number; session: boolean; misses: number; retained: boolean };
  type Real = { atm: GuardedAtm; spy: SpyAccount };

  class Insert implements fc.Command<Model, Real> {
    constructor(
      readonly card: string,
      readonly pin: string,
    ) {}
    check = () => true;
    run(m: Model, r: Real): void {
      const before = r.spy.calls.length;
      let want: Refusal | "no refusal" = "no refusal";
      m.session = false;
      if (this.card !== CARD) want = "unknown-card";
      else if (m.retained) want = "card-retained";
      else if (this.pin !== PIN) {
        m.misses += 1;
        m.retained = m.misses >= 3;
        want = m.retained ? "card-retained" : "wrong-pin";
      } else {
        m.misses = 0;
        m.session = true;
      }
      expect(
        refusal(() => r.atm.insert(this.card, this.pin)),
        "refusal of insert()",
      ).toBe(want);
      expect(r.spy.calls.length, "number of calls on the account").toBe(before);
    }
    toString = () => `insert(${JSON.stringify(this.card)}, ${JSON.stringify(this.pin)})`;
  }

  class Eject implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real): void {
      m.session = false;
      r.atm.eject();
    }
    toString = () => "eject()";
  }

  class Balance implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real): void {
      if (m.session) expect(r.atm.balance(), "balance through the ATM").toBe(m.balance);
      else {
        const before = r.spy.calls.length;
        expect(
          refusal(() => r.atm.balance()),
          "refusal of balance()",
        ).toBe("no-card");
        expect(r.spy.calls.length, "number of calls on the account").toBe(before);
      }
    }
    toString = () => "balance()";
  }

  class Move implements fc.Command<Model, Real> {
    constructor(
      readonly kind: "deposit" | "withdraw",
      readonly amount: number,
    ) {}
    check = () => true;
    run(m: Model, r: Real): void {
      const calls = r.spy.calls.length;
      const writes = r.spy.writes.length;
      let want: Refusal | "no refusal" = "no refusal";
      if (!m.session) want = "no-card";
      else if (!Number.isSafeInteger(this.amount) || this.amount <= 0) want = "invalid-amount";
      else if (this.kind === "withdraw" && this.amount > m.balance) want = "insufficient-funds";
      if (want === "no refusal") {
        m.balance += this.kind === "deposit" ? this.amount : -this.amount;
        const verb = this.kind === "deposit" ? "Deposited" : "Withdrew";
        expect(r.atm[this.kind](this.amount), `what ${this.kind}() returns`).toBe(
          `${verb} ${this.amount} dollars`,
        );
        expect(r.spy.writes.slice(writes), "writes that reached the account").toEqual([
          `${this.kind} ${this.amount}`,
        ]);
      } else {
        expect(
          refusal(() => r.atm[this.kind](this.amount)),
          `refusal of ${this.kind}()`,
        ).toBe(want);
        // Unauthorised: the account's balance is not even read without a card, and
        // nothing is ever written.
        if (want === "no-card")
          expect(r.spy.calls.length, "number of calls on the account").toBe(calls);
        expect(r.spy.writes.length, "number of writes on the account").toBe(writes);
      }
      expect(r.spy.peek, "balance of the account").toBe(m.balance);
    }
    toString = () => `${this.kind}(${this.amount})`;
  }

  it("law: unauthorised calls never reach the account (model-based)", () => {
    const card = fc.constantFrom(CARD, CARD, CARD, "4000-9999");
    const pin = fc.oneof(fc.constant(PIN), fc.constant("1111"), fc.string({ maxLength: 4 }));
    const amount = fc.oneof(
      fc.integer({ min: -20, max: 300 }),
      fc.constantFrom(0, 0.5, 12.75, Number.NaN, Number.POSITIVE_INFINITY, -0),
    );
    const commands = fc.commands(
      [
        // Inserts twice as often as the rest, so that PIN streaks build up and break.
        fc.tuple(card, pin).map(([c, p]) => new Insert(c, p)),
        fc.tuple(card, pin).map(([c, p]) => new Insert(c, p)),
        fc.constant(new Eject()),
        fc.constant(new Balance()),
        fc
          .tuple(fc.constantFrom("deposit" as const, "withdraw" as const), amount)
          .map(([kind, a]) => new Move(kind, a)),
      ],
      { ...commandsReplay(), maxCommands: 40 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 300 }), commands, (opening, cmds) => {
        const spy = new SpyAccount(opening);
        fc.modelRun(
          () => ({
            model: { balance: opening, session: false, misses: 0, retained: false },
            real: { atm: new GuardedAtm(spy, credentials), spy },
          }),
          cmds,
        );
      }),
    );
  });
});

describe("audit-log", () => {
  const recorder = (clock: { t: number } = { t: 0 }) => {
    const entries: AuditEntry[] = [];
    return { entries, options: { now: () => clock.t, record: (e: AuditEntry) => entries.push(e) } };
  };

  it("records a successful call: when, which method, ok", () => {
    const { entries, options } = recorder({ t: 7 });
    const account = audited(new SpyAccount(100), options);
    expect(account.withdraw(30)).toBe("Withdrew 30 dollars");
    expect(entries).toEqual([{ at: 7, method: "withdraw", ok: true }]);
  });

  it("records a failed call with its message and rethrows the very same error", () => {
    const { entries, options } = recorder({ t: 3 });
    const jam = new Error("card reader jammed");
    const reader = audited(
      {
        read(): string {
          throw jam;
        },
        spit(): string {
          throw "no receipt paper";
        },
      },
      options,
    );
    let caught: unknown;
    try {
      reader.read();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(jam);
    expect(() => reader.spit()).toThrow("no receipt paper");
    expect(entries).toEqual([
      { at: 3, method: "read", ok: false, error: "card reader jammed" },
      { at: 3, method: "spit", ok: false, error: "no receipt paper" },
    ]);
  });

  it("records the ATM's refusals as well as its successes", () => {
    const { entries, options } = recorder({ t: 0 });
    const atm = audited(new GuardedAtm(new SpyAccount(100), credentials), options);
    expect(() => atm.withdraw(50)).toThrow(AtmError);
    atm.insert(CARD, PIN);
    expect(atm.withdraw(50)).toBe("Withdrew 50 dollars");
    expect(entries).toEqual([
      { at: 0, method: "withdraw", ok: false, error: "refused (no-card)" },
      { at: 0, method: "insert", ok: true },
      { at: 0, method: "withdraw", ok: true },
    ]);
  });

  it("calls the target's methods with the target as `this`, so #private fields work", () => {
    const { options } = recorder();
    const account = new BankAccount(100);
    const proxied = audited(account, options);
    expect(proxied.withdraw(30)).toBe("Withdrew 30 dollars");
    expect(proxied.balance()).toBe(70);
    expect(account.balance()).toBe(70);
    class Meter {
      #reading = 42;
      get reading(): number {
        return this.#reading;
      }
    }
    expect(audited(new Meter(), options).reading).toBe(42);
  });

  it("records neither plain property reads nor methods that are read but not called", () => {
    const { entries, options } = recorder();
    const atm = audited({ id: "ATM-7", greet: () => "hello" }, options);
    expect(atm.id).toBe("ATM-7");
    const greet = atm.greet;
    expect(entries).toEqual([]);
    expect(greet()).toBe("hello");
    expect(atm.greet()).toBe("hello");
    expect(entries).toEqual([
      { at: 0, method: "greet", ok: true },
      { at: 0, method: "greet", ok: true },
    ]);
  });

  it("does not record the calls the target makes on itself", () => {
    const { entries, options } = recorder();
    class Teller {
      receipt(amount: number): string {
        return `${this.format(amount)} paid`;
      }
      format(amount: number): string {
        return `$${amount}`;
      }
    }
    expect(audited(new Teller(), options).receipt(20)).toBe("$20 paid");
    expect(entries).toEqual([{ at: 0, method: "receipt", ok: true }]);
  });

  it("reads the clock when each call is made", () => {
    const clock = { t: 1_000 };
    const { entries, options } = recorder(clock);
    const account = audited(new SpyAccount(10), options);
    account.balance();
    clock.t = 2_500;
    account.deposit(1);
    expect(entries.map((e) => e.at)).toEqual([1_000, 2_500]);
  });

  it("law: through the audit proxy every call returns or throws what the target does, and adds exactly one entry", () => {
    class Till {
      #cash: number;
      constructor(cash: number) {
        this.#cash = cash;
      }
      take(amount: number): number {
        if (amount > this.#cash) throw new Error(`short by ${amount - this.#cash}`);
        this.#cash -= amount;
        return this.#cash;
      }
      add(amount: number): number {
        this.#cash += amount;
        return this.#cash;
      }
    }
    const step = fc.record({
      method: fc.constantFrom("take" as const, "add" as const),
      amount: fc.nat({ max: 100 }),
      tick: fc.nat({ max: 1_000 }),
    });
    const outcome = (action: () => number): { returned: number } | { threw: string } => {
      try {
        return { returned: action() };
      } catch (error) {
        return { threw: (error as Error).message };
      }
    };
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.array(step), (cash, steps) => {
        const clock = { t: 0 };
        const { entries, options } = recorder(clock);
        const direct = new Till(cash);
        const proxied = audited(new Till(cash), options);
        const expected: AuditEntry[] = [];
        for (const { method, amount, tick } of steps) {
          clock.t += tick;
          const want = outcome(() => direct[method](amount));
          expect(
            outcome(() => proxied[method](amount)),
            `what ${method}() returns or throws through the audit proxy`,
          ).toEqual(want);
          expected.push(
            "threw" in want
              ? { at: clock.t, method, ok: false, error: want.threw }
              : { at: clock.t, method, ok: true },
          );
        }
        expect(entries, "audit entries").toEqual(expected);
      }),
    );
  });
});

describe("cached-balance", () => {
  const setup = (opening: number, ttlMs: number, start = 0) => {
    const spy = new SpyAccount(opening);
    const clock = { t: start };
    const cached = new CachedBalance(spy, { ttlMs, now: () => clock.t });
    const reads = () => spy.calls.filter((c) => c === "balance").length;
    return { spy, clock, cached, reads };
  };

  it("asks the account once, then answers from the cache until the lifetime ends", () => {
    const { spy, clock, cached, reads } = setup(350, 30_000, 1_000);
    expect(cached.balance()).toBe(350);
    spy.deposit(200);
    clock.t = 11_000;
    expect(cached.balance()).toBe(350);
    clock.t = 30_999;
    expect(cached.balance()).toBe(350);
    expect(reads()).toBe(1);
    clock.t = 31_000;
    expect(cached.balance()).toBe(550);
    expect(reads()).toBe(2);
  });

  it("passes deposits and withdrawals on, and reads afresh after each", () => {
    const { spy, clock, cached, reads } = setup(100, 30_000);
    expect(cached.balance()).toBe(100);
    expect(cached.withdraw(40)).toBe("Withdrew 40 dollars");
    expect(cached.balance()).toBe(60);
    expect(cached.deposit(15)).toBe("Deposited 15 dollars");
    expect(cached.balance()).toBe(75);
    clock.t = 5;
    expect(cached.balance()).toBe(75);
    expect(reads()).toBe(3);
    expect(spy.writes).toEqual(["withdraw 40", "deposit 15"]);
  });

  it("measures the lifetime from the last real read", () => {
    const { spy, clock, cached, reads } = setup(10, 1_000);
    cached.balance();
    clock.t = 1_000;
    cached.balance();
    spy.deposit(5);
    clock.t = 1_999;
    expect(cached.balance()).toBe(10);
    clock.t = 2_000;
    expect(cached.balance()).toBe(15);
    expect(reads()).toBe(3);
  });

  it("caches nothing with a lifetime of 0", () => {
    const { cached, reads } = setup(10, 0);
    cached.balance();
    cached.balance();
    expect(reads()).toBe(2);
  });

  it("law: within the cache lifetime any number of reads makes one real read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat({ max: 1_000_000_000 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        (ttlMs, start, times, change) => {
          const { spy, clock, cached, reads } = setup(100, ttlMs, start);
          expect(cached.balance(), "balance read first").toBe(100);
          spy.deposit(change);
          // Any times from the first read to the last moment of its lifetime, in order.
          const offsets = [...times.map((t) => t % ttlMs), ttlMs - 1].toSorted((a, b) => a - b);
          for (const offset of offsets) {
            clock.t = start + offset;
            expect(cached.balance(), `balance read ${offset} ms after the first`).toBe(100);
          }
          expect(reads(), "number of real reads of the balance").toBe(1);
        },
      ),
    );
  });

  // A model of the cache: the account's balance, and what the cache should remember.
  type Model = { balance: number; clock: number; cached?: { value: number; at: number } };
  type Real = ReturnType<typeof setup>;
  const TTL = 1_000;

  class Tick implements fc.Command<Model, Real> {
    constructor(readonly ms: number) {}
    check = () => true;
    run(m: Model, r: Real): void {
      m.clock += this.ms;
      r.clock.t = m.clock;
    }
    toString = () => `tick(${this.ms})`;
  }

  class Elsewhere implements fc.Command<Model, Real> {
    constructor(readonly amount: number) {}
    check = () => true;
    run(m: Model, r: Real): void {
      m.balance += this.amount;
      r.spy.deposit(this.amount);
    }
    toString = () => `depositElsewhere(${this.amount})`;
  }

  class Through implements fc.Command<Model, Real> {
    constructor(
      readonly kind: "deposit" | "withdraw",
      readonly amount: number,
    ) {}
    check = () => true;
    run(m: Model, r: Real): void {
      m.balance += this.kind === "deposit" ? this.amount : -this.amount;
      m.cached = undefined;
      const verb = this.kind === "deposit" ? "Deposited" : "Withdrew";
      expect(r.cached[this.kind](this.amount), `what ${this.kind}() returns`).toBe(
        `${verb} ${this.amount} dollars`,
      );
    }
    toString = () => `${this.kind}(${this.amount})`;
  }

  class Read implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real): void {
      const before = r.reads();
      const fresh = m.cached === undefined || m.clock - m.cached.at >= TTL;
      if (fresh) m.cached = { value: m.balance, at: m.clock };
      expect(r.cached.balance(), "balance read through the cache").toBe(m.cached?.value);
      expect(r.reads() - before, "number of real reads of the balance").toBe(fresh ? 1 : 0);
    }
    toString = () => "balance()";
  }

  it("law: a read returns the balance of the last real read, made at most a lifetime ago and after the last write through the cache (model-based)", () => {
    const amount = fc.integer({ min: 1, max: 500 });
    const commands = fc.commands(
      [
        fc.nat({ max: 1_500 }).map((ms) => new Tick(ms)),
        amount.map((a) => new Elsewhere(a)),
        fc
          .tuple(fc.constantFrom("deposit" as const, "withdraw" as const), amount)
          .map(([kind, a]) => new Through(kind, a)),
        fc.constant(new Read()),
      ],
      commandsReplay(),
    );
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), commands, (opening, cmds) => {
        fc.modelRun(
          () => ({ model: { balance: opening, clock: 0 }, real: setup(opening, TTL) }),
          cmds,
        );
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/proxy/original.py, line by line.
  const transcript = [
    "Withdrew 100 dollars",
    "account balance: 400",
    "refused (no-card)",
    "refused (wrong-pin)",
    "card accepted",
    "refused (insufficient-funds)",
    "Withdrew 50 dollars",
    "balance at 1 s: 350",
    "balance at 11 s: 350",
    "balance at 31 s: 550",
    "refused (no-card)",
    "audit log:",
    "  t=0 withdraw: refused (no-card)",
    "  t=0 insert: refused (wrong-pin)",
    "  t=0 insert: ok",
    "  t=1000 withdraw: refused (insufficient-funds)",
    "  t=1000 withdraw: ok",
    "  t=1000 balance: ok",
    "  t=11000 balance: ok",
    "  t=31000 balance: ok",
    "  t=31000 eject: ok",
    "  t=31000 balance: refused (no-card)",
    "refused (wrong-pin), refused (wrong-pin), refused (card-retained), refused (card-retained)",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
