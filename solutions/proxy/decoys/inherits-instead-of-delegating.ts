// Mistake: a "proxy" that extends BankAccount instead of holding the account. It starts from a
// copy of the balance, so money taken through the ATM never leaves the real account.
import { BankAccount } from "../proxy.ts";

export {
  AtmError,
  audited,
  BankAccount,
  CachedBalance,
  demo,
  GuardedAtm,
} from "../proxy.ts";

export class AtmProxy extends BankAccount {
  constructor(account: BankAccount) {
    super(account.balance());
  }
}
