"""Proxy: an ATM stands between the customer and the bank account.

Every proxy here has the account's methods (balance, deposit, withdraw) and adds one job:
passing calls on, checking card and PIN, writing an audit log, or caching the balance.
"""


class BankAccount:
    """The real subject: a ledger. It trusts its caller; refusing is the ATM's job."""

    def __init__(self, balance):
        self._balance = balance

    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance += amount
        return f"Deposited {amount} dollars"

    def withdraw(self, amount):
        self._balance -= amount
        return f"Withdrew {amount} dollars"


class ATMProxy:
    """The seed's proxy: the account's methods, every call passed on unchanged."""

    def __init__(self, bank_account):
        self.bank_account = bank_account

    def balance(self):
        return self.bank_account.balance()

    def deposit(self, amount):
        return self.bank_account.deposit(amount)

    def withdraw(self, amount):
        return self.bank_account.withdraw(amount)


class ATMError(Exception):
    def __init__(self, reason):
        super().__init__(f"refused ({reason})")
        self.reason = reason


MAX_PIN_ATTEMPTS = 3


class GuardedATM:
    """A protection proxy: nothing reaches the account without the right card and PIN."""

    def __init__(self, account, card, pin):
        self._account = account
        self._card = card
        self._pin = pin
        self._session = False
        self._misses = 0
        self._retained = False

    def insert(self, card, pin):
        self._session = False
        if card != self._card:
            raise ATMError("unknown-card")
        if self._retained:
            raise ATMError("card-retained")
        if pin != self._pin:
            self._misses += 1
            if self._misses >= MAX_PIN_ATTEMPTS:
                self._retained = True
                raise ATMError("card-retained")
            raise ATMError("wrong-pin")
        self._misses = 0
        self._session = True

    def eject(self):
        self._session = False

    def balance(self):
        self._require_card()
        return self._account.balance()

    def deposit(self, amount):
        self._require_card()
        self._require_whole_dollars(amount)
        return self._account.deposit(amount)

    def withdraw(self, amount):
        # Every check runs before the account is asked to move money.
        self._require_card()
        self._require_whole_dollars(amount)
        if amount > self._account.balance():
            raise ATMError("insufficient-funds")
        return self._account.withdraw(amount)

    def _require_card(self):
        if not self._session:
            raise ATMError("no-card")

    @staticmethod
    def _require_whole_dollars(amount):
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ATMError("invalid-amount")


class Audited:
    """A logging proxy for any object. __getattr__ runs only for names that Audited itself
    lacks, so every method of the target is looked up here and wrapped. Arguments are not
    logged: one of them is a PIN."""

    def __init__(self, target, now, record):
        self._target = target
        self._now = now
        self._record = record

    def __getattr__(self, name):
        value = getattr(self._target, name)
        if not callable(value):
            return value

        def logged(*args):
            at = self._now()
            try:
                result = value(*args)
            except Exception as error:
                self._record({"at": at, "method": name, "ok": False, "error": str(error)})
                raise
            self._record({"at": at, "method": name, "ok": True})
            return result

        return logged


class CachedBalance:
    """A caching proxy: balance() asks the account at most once per ttl milliseconds.
    A deposit or withdrawal through it forgets the cached value."""

    def __init__(self, account, ttl, now):
        self._account = account
        self._ttl = ttl
        self._now = now
        self._cached = None  # (balance, read at)

    def balance(self):
        at = self._now()
        if self._cached is None or at - self._cached[1] >= self._ttl:
            self._cached = (self._account.balance(), at)
        return self._cached[0]

    def deposit(self, amount):
        self._cached = None
        return self._account.deposit(amount)

    def withdraw(self, amount):
        self._cached = None
        return self._account.withdraw(amount)


def attempt(action):
    try:
        return action()
    except ATMError as error:
        return str(error)


# The seed: the ATM passes the call on.
account = BankAccount(500)
atm = ATMProxy(account)
print(atm.withdraw(100))
print(f"account balance: {account.balance()}")

# The real ATM: audit log, then card and PIN checks, then a cached balance, then the account.
# The clock is a plain number the script moves by hand (milliseconds).
clock = 0
log = []
cached = CachedBalance(account, ttl=30_000, now=lambda: clock)
guarded = Audited(
    GuardedATM(cached, card="4000-1234", pin="2468"), now=lambda: clock, record=log.append
)

print(attempt(lambda: guarded.withdraw(50)))
print(attempt(lambda: guarded.insert("4000-1234", "1111")))
guarded.insert("4000-1234", "2468")
print("card accepted")
clock = 1_000
print(attempt(lambda: guarded.withdraw(1_000)))
print(guarded.withdraw(50))
print(f"balance at {clock // 1000} s: {guarded.balance()}")
account.deposit(200)  # a salary arrives at the bank, not through this ATM
clock = 11_000
print(f"balance at {clock // 1000} s: {guarded.balance()}")
clock = 31_000
print(f"balance at {clock // 1000} s: {guarded.balance()}")
guarded.eject()
print(attempt(lambda: guarded.balance()))

print("audit log:")
for entry in log:
    outcome = "ok" if entry["ok"] else entry["error"]
    print(f"  t={entry['at']} {entry['method']}: {outcome}")

# Someone who found the card tries PINs; the third miss keeps the card, even for the right PIN.
found = GuardedATM(BankAccount(0), card="4000-1234", pin="2468")


def try_pin(pin):
    found.insert("4000-1234", pin)
    return "card accepted"


print(", ".join(attempt(lambda: try_pin(pin)) for pin in ["1111", "2222", "3333", "2468"]))
