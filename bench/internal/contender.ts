/** One implementation measured on one case: ours, a peer library, or a built-in. */
export interface Contender {
  /** The column it belongs to: "percentFormat", "sprintf-js", "built-in". */
  readonly name: string;
  /** What exactly is called, when the column name does not say it: "x.toFixed(2)". */
  readonly detail?: string;
  readonly run: () => string;
}

/** The same statement for `python3 -m timeit`: `setup` binds the values, `stmt` is timed. */
export interface PythonStatement {
  readonly setup: string;
  readonly stmt: string;
}

/** One formatting case: its Python expression, CPython's result, and who is measured on it. */
export interface BenchCase {
  /** The Python expression, as shown in the tables: `"%x" % (255,)`. */
  readonly label: string;
  /** What CPython 3.14 returns (checked with scripts/py.ts): the only right answer. */
  readonly expected: string;
  readonly python: PythonStatement;
  /** Ours first, then the peers. */
  readonly contenders: readonly Contender[];
}

/** A table of results: ours against the same peers on every case. */
export interface Section {
  readonly title: string;
  /** One paragraph: what is compared and why these peers. */
  readonly note: string;
  readonly ours: string;
  readonly peers: readonly string[];
  /** Empty when the reference does not exist yet; `missing` then says which. */
  readonly cases: readonly BenchCase[];
  readonly missing?: string;
}
