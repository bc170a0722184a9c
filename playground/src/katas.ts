import transcripts from "virtual:transcripts";
import { type Kata, kataFiles } from "../../src/kata/catalog.ts";
import { manifestSchema } from "../../src/kata/manifest.ts";

// Every kata, bundled: manifests now, the rest (README, stub, original.py, type tests) when its
// page opens.
const manifests = import.meta.glob<unknown>("../../katas/*/kata.json", {
  eager: true,
  import: "default",
});
const texts = import.meta.glob<string>(
  [
    "../../katas/*/*.md",
    "../../katas/*/*.py",
    "../../katas/*/*.ts",
    "!**/*.test.ts",
    "!**/compare.ts",
  ],
  { query: "?raw", import: "default" },
);

/** Every kata, in the CLI's order (src/kata/catalog.ts's loadCatalog). */
export const katas: readonly Kata[] = Object.values(manifests)
  .map((json) => {
    const manifest = manifestSchema.parse(json);
    return { id: manifest.id, manifest, files: kataFiles(manifest.id, manifest.python) };
  })
  .toSorted((a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id));

/** A kata file's text, by its path from the repository root: `await text("katas/singleton/README.md")`. */
export async function text(file: string): Promise<string> {
  const load = texts[`../../${file}`];
  if (!load) throw new Error(`${file} is not in the playground`);
  return load();
}

/** What original.py prints, stored beside it, when still true (vite.config.ts checks). */
export const storedTranscript = (id: string) => transcripts[id];
