import type { PythonReply, PythonRequest } from "./python-protocol.ts";
import PythonWorker from "./python-worker.ts?worker";

/** CPython in a worker, asked one source at a time: `await python.run(source)`. */
export class Python {
  readonly #worker = new PythonWorker();
  readonly #waiting = new Map<number, (reply: PythonReply) => void>();
  #next = 0;
  readonly #indexURL = new URL("pyodide/", document.baseURI).href;

  constructor() {
    this.#worker.onmessage = ({ data }: MessageEvent<PythonReply>) => {
      this.#waiting.get(data.id)?.(data);
      this.#waiting.delete(data.id);
    };
  }

  #ask(source?: string): Promise<PythonReply> {
    const id = this.#next++;
    const request: PythonRequest = {
      id,
      indexURL: this.#indexURL,
      ...(source === undefined ? {} : { source }),
    };
    return new Promise((done) => {
      this.#waiting.set(id, done);
      this.#worker.postMessage(request);
    });
  }

  /** Starts loading CPython (seconds), so that the first run does not wait for all of it. */
  warm(): Promise<PythonReply> {
    return this.#ask();
  }

  run(source: string): Promise<PythonReply> {
    return this.#ask(source);
  }
}
