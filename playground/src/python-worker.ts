import { loadPyodide } from "pyodide";
import { oracleOf, type PythonOracle } from "../../src/parity/oracle.ts";
import { stdoutLines } from "../../src/parity/parity-of.ts";
import type { PythonReply, PythonRequest } from "./python-protocol.ts";

// CPython (pyodide) in a worker of its own, loaded once from the playground's own copy of
// pyodide's files, and run the way `kata` runs it (src/parity/oracle.ts).
const scope = self as unknown as {
  postMessage(message: PythonReply): void;
  onmessage: ((event: MessageEvent<PythonRequest>) => void) | null;
};
let oracle: Promise<PythonOracle> | undefined;

scope.onmessage = async ({ data }) => {
  try {
    oracle ??= loadPyodide({ indexURL: data.indexURL }).then(oracleOf);
    const python = await oracle;
    if (data.source === undefined)
      return scope.postMessage({ id: data.id, version: python.version, lines: [] });
    const outcome = python.run(data.source);
    scope.postMessage(
      outcome.ok
        ? { id: data.id, version: python.version, lines: stdoutLines(outcome.stdout) }
        : {
            id: data.id,
            version: python.version,
            lines: stdoutLines(outcome.stdout),
            error: `${outcome.type}: ${outcome.message}`,
          },
    );
  } catch (error) {
    scope.postMessage({ id: data.id, lines: [], error: (error as Error).message });
  }
};
