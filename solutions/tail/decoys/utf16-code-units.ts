// Mistake: -c counted in string characters. The bytes are decoded to a string, sliced, and
// encoded again, so "é" counts once instead of twice, and a character is never split as GNU
// tail splits it (bytes that are not UTF-8 are lost on the way, too).
export * from "../tail.ts";

import { tail as reference, type Selection } from "../tail.ts";

export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  if (selection.bytes === undefined || typeof selection.bytes !== "number") {
    return reference(data, selection);
  }
  const text = new TextDecoder().decode(data);
  const n = selection.bytes;
  return new TextEncoder().encode(n === 0 ? "" : text.slice(-n));
}
