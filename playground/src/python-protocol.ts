/** Run `source` in CPython; without a source, only load CPython. */
export interface PythonRequest {
  readonly id: number;
  /** Where pyodide's files are: the build's own `pyodide/`. */
  readonly indexURL: string;
  readonly source?: string;
}

/** What CPython printed, line by line, and the exception that escaped, if one did. */
export interface PythonReply {
  readonly id: number;
  readonly version?: string;
  readonly lines: readonly string[];
  readonly error?: string;
}
