// Mistake: headers and outputs joined as text, then encoded once. Without Buffer.concat, a
// string join looks easy, but decoding replaces every byte that is not UTF-8 with U+FFFD:
// a binary or cut-off file no longer comes out as it went in. Python's b"".join keeps bytes.
export * from "../tail.ts";

import {
  type FileSystem,
  tailFiles as reference,
  type Selection,
  type TailResult,
  tail,
} from "../tail.ts";

export function tailFiles(
  fs: FileSystem,
  names: readonly string[],
  selection?: Selection,
): TailResult {
  const { stderr, status } = reference(fs, names, selection);
  const parts: string[] = [];
  for (const name of names) {
    const file = fs.open(name);
    if (file === undefined) continue;
    if (names.length > 1) parts.push(`${parts.length > 0 ? "\n" : ""}==> ${name} <==\n`);
    parts.push(new TextDecoder().decode(tail(file.read(0), selection)));
  }
  return { stdout: new TextEncoder().encode(parts.join("")), stderr, status };
}
