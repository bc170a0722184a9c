import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/kata/catalog.ts";
import { loadOracle } from "../../src/parity/oracle.ts";

// Each kata's original.py runs in real CPython; the reference's demo() must print the same lines.
const root = join(import.meta.dirname, "..", "..");
const katas = await loadCatalog(root);

describe("transcript parity with CPython", () => {
  it.each(katas.map((k) => [k.id, k] as const))(
    "%s: demo() prints what original.py prints",
    async (id, kata) => {
      const oracle = await loadOracle();
      const outcome = oracle.run(await readFile(join(root, kata.files.python), "utf8"));
      expect(outcome.ok ? "" : `${outcome.type}: ${outcome.message}`).toBe("");
      const module = (await import(/* @vite-ignore */ `#kata/${id}`)) as {
        demo: () => string[] | Promise<string[]>;
      };
      expect(await module.demo()).toEqual(outcome.stdout.replace(/\n$/, "").split("\n"));
    },
  );
});
