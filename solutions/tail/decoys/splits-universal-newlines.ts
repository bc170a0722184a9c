// Mistake: lines split the way Python's bytes.splitlines() splits them, at \r, \n and \r\n.
// GNU tail counts \n only: "a\rb\n" is one line, and a Windows file's \r stays in the output.
export * from "../tail.ts";

import { tail as reference, type Selection } from "../tail.ts";

export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  // Treat a lone \r as a line end by counting on a copy where it is a \n, then cut the original.
  const unix = data.map((x, i) => (x === 13 && data[i + 1] !== 10 ? 10 : x));
  const kept = reference(unix, selection).length;
  return data.slice(data.length - kept);
}
