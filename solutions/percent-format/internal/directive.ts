/** One `%[(key)][flags][width][.precision][length]conversion` directive, parsed. */
export interface Directive {
  /** A subset of `- + space # 0`: left-align, signs, alternate form, zero padding. */
  readonly flags: ReadonlySet<string>;
  /** -1 when absent. */
  readonly width: number;
  /** -1 when absent. */
  readonly precision: number;
  /** One UTF-16 unit; not yet checked against the known conversions. */
  readonly conversion: string;
}

/** Turns one value into its padded text: `(-255, %#08x) => "-0x000ff"`. */
export type Converter = (value: unknown, directive: Directive) => string;

/** C's INT_MAX, and Py_SSIZE_T_MAX too: the reference CPython (pyodide) is a 32-bit build. */
export const INT_MAX = 2 ** 31 - 1;
