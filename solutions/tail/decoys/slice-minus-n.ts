// Mistake: the last N bytes as `data.slice(-n)`. It works for every N but 0: slice(-0) is
// slice(0), the whole file, just as Python's data[-0:] is. `tail -c 0` must print nothing.
export * from "../tail.ts";

import { tail as reference, type Selection } from "../tail.ts";

export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  if (typeof selection.bytes === "number" && Number.isSafeInteger(selection.bytes)) {
    return data.slice(-selection.bytes);
  }
  return reference(data, selection);
}
