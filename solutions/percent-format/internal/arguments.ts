import { PyError, pyTypeName, repr } from "../../format-spec/format-spec.ts";

/**
 * The right operand of `%`, consumed as CPython's PyUnicode_Format does: an array is a tuple
 * whose items are taken in order; anything else is one value, taken once. A plain object is
 * also a mapping, for `%(key)` directives.
 */
export class ArgumentCursor {
  #source: unknown;
  /** CPython's arglen: the tuple's length, or -1 for one value. */
  #count: number;
  /** CPython's argidx: the next tuple index, or -2 before and -1 after the one value is used. */
  #next: number;
  readonly #mapping: Readonly<Record<string, unknown>> | undefined;

  constructor(values: unknown) {
    const tuple = Array.isArray(values);
    this.#source = values;
    this.#count = tuple ? values.length : -1;
    this.#next = tuple ? 0 : -2;
    this.#mapping =
      !tuple && pyTypeName(values) === "dict" ? (values as Record<string, unknown>) : undefined;
  }

  /** The next value for a directive or a `*`. */
  next(): unknown {
    if (this.#next >= this.#count) {
      throw new PyError("TypeError", "not enough arguments for format string");
    }
    const index = this.#next++;
    return this.#count < 0 ? this.#source : (this.#source as readonly unknown[])[index];
  }

  /** Checked as soon as `%(` is seen, before the key is read. */
  requireMapping(): void {
    if (this.#mapping === undefined) throw new PyError("TypeError", "format requires a mapping");
  }

  /** `%(key)`: the mapping's value becomes the one value of this directive (and its `*`s). */
  selectKey(key: string): void {
    const mapping = this.#mapping ?? {};
    // Own properties only: a JS object inherits "toString" and friends, a Python dict does not.
    if (!Object.hasOwn(mapping, key)) throw new PyError("KeyError", repr(key));
    this.#source = mapping[key];
    this.#count = -1;
    this.#next = -2;
  }

  /** After the template: a tuple item or the one value left unused is an error, unless a mapping was given. */
  finish(): void {
    if (this.#next < this.#count && this.#mapping === undefined) {
      throw new PyError("TypeError", "not all arguments converted during string formatting");
    }
  }
}
