// Prints the hash a translation records: `npx tsx scripts/source-hash.ts singleton` for a kata
// (translations."zh-CN".source in kata.json), `npx tsx scripts/source-hash.ts README.md` for a
// document (the `<!-- source: ... -->` line of its .zh-CN.md).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findKata } from "../src/kata/catalog.ts";
import { documentHash, sourceHash } from "../src/verify/source-hash.ts";

const root = join(import.meta.dirname, "..");
const arg = process.argv[2] ?? "README.md";
if (arg.endsWith(".md")) {
  console.log(documentHash(await readFile(join(root, arg), "utf8")));
} else {
  const kata = await findKata(root, arg);
  console.log(sourceHash(await readFile(join(root, kata.files.readme.en), "utf8"), kata.manifest));
}
