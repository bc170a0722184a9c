/** The conversion characters of printf-style formatting, as CPython 3.14 accepts them. */
export type Conversion =
  | "d"
  | "i"
  | "u"
  | "o"
  | "x"
  | "X"
  | "e"
  | "E"
  | "f"
  | "F"
  | "g"
  | "G"
  | "c"
  | "r"
  | "s"
  | "a";

/** The flags `-` (left-align), `+`, space, `#` (alternate form) and `0` (zero padding). */
export type Flag = "-" | "+" | " " | "#" | "0";

/** One `%[(key)][flags][width][.precision][length]conversion` directive, parsed. */
export interface Directive {
  readonly flags: ReadonlySet<Flag>;
  /** -1 when absent. */
  readonly width: number;
  /** -1 when absent. */
  readonly precision: number;
  /** One UTF-16 unit; not yet checked against the known conversions. */
  readonly conversion: string;
}

/** Turns one value into text before padding: `(value, directive) => "-0x00ff"`. */
export type Converter = (value: unknown, directive: Directive) => string;

/** C's INT_MAX, and Py_SSIZE_T_MAX too: the reference CPython (pyodide) is a 32-bit build. */
export const INT_MAX = 2 ** 31 - 1;
