// Mistake: Python's data.rfind(b"\n", 0, end) ported as data.lastIndexOf(10, end - 1). When
// end is 0 that is lastIndexOf(10, -1), and a negative fromIndex counts from the end: the
// search starts over at the last byte instead of failing, so blank lines at the top are lost.
export * from "../tail.ts";

import { tail as reference, type Selection } from "../tail.ts";

export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  const n = selection.lines;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0)
    return reference(data, selection);
  let end = data.at(-1) === 10 ? data.length - 1 : data.length;
  for (let line = 0; line < n; line++) {
    end = data.lastIndexOf(10, end - 1);
    if (end < 0) return data.slice();
  }
  return data.slice(end + 1);
}
