import { loadPyodide, type PyodideAPI } from "pyodide";

/** What running a piece of Python source produced: its stdout, and the exception if one escaped. */
export type PyOutcome =
  | { readonly ok: true; readonly stdout: string }
  | {
      readonly ok: false;
      readonly stdout: string;
      readonly type: string;
      readonly message: string;
    };

/** Real CPython (pyodide, WebAssembly), loaded once per process. */
export interface PythonOracle {
  readonly version: string;
  run(source: string): PyOutcome;
}

// Each run gets fresh globals and its own stdout buffer, so runs cannot see each other.
// pyodide's own asyncio.run needs WebAssembly stack switching, which Node 20 lacks, so the
// runner swaps in a plain event loop without a selector: enough for tasks, gather and sleep.
const RUNNER = `
import sys, io, time, asyncio, asyncio.base_events, asyncio.events

class _NoSelector:
    def select(self, timeout):
        if timeout:
            time.sleep(timeout)
        return []

class _PlainLoop(asyncio.base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _NoSelector()
    def _process_events(self, events):
        pass
    def _write_to_self(self):
        pass

def _run(main, *, debug=None, loop_factory=None):
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    loop = _PlainLoop()
    try:
        return loop.run_until_complete(main)
    finally:
        loop.close()
        asyncio.events._set_running_loop(outer)

asyncio.run = _run

def __kata_run(source):
    out, saved = io.StringIO(), sys.stdout
    sys.stdout = out
    try:
        exec(compile(source, "<kata>", "exec"), {"__name__": "__main__"})
        return ["ok", out.getvalue(), "", ""]
    except BaseException as exc:
        return ["error", out.getvalue(), type(exc).__name__, str(exc)]
    finally:
        sys.stdout = saved
__kata_run
`;

/**
 * The oracle of a loaded pyodide, wherever it was loaded from: `oracleOf(await loadPyodide())`.
 * The browser playground loads pyodide from its own copy and runs Python the same way.
 */
export function oracleOf(pyodide: PyodideAPI): PythonOracle {
  const run = pyodide.runPython(RUNNER) as (source: string) => { toJs(): string[] };
  const version = String(pyodide.runPython("import sys; sys.version.split()[0]"));
  return {
    version,
    run(source) {
      const proxy = run(source);
      const [status, stdout = "", type = "", message = ""] = proxy.toJs();
      return status === "ok" ? { ok: true, stdout } : { ok: false, stdout, type, message };
    },
  };
}

let loading: Promise<PythonOracle> | undefined;

/** Loads CPython on first use and shares it: `(await loadOracle()).run("print(1)")`. */
export function loadOracle(): Promise<PythonOracle> {
  loading ??= loadPyodide().then(oracleOf);
  return loading;
}
