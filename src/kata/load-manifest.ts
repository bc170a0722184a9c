import { readFile } from "node:fs/promises";
import { ManifestError, MissingFileError } from "../errors.ts";
import { type Manifest, manifestSchema } from "./manifest.ts";

/** Reads and validates a manifest; every problem names the field: `await loadManifest("katas/x/kata.json")`. */
export async function loadManifest(file: string): Promise<Manifest> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new MissingFileError(file);
  });
  return parseManifest(file, text);
}

/** Validates manifest text; pure, so it is tested without files: `parseManifest("kata.json", "{}")`. */
export function parseManifest(file: string, text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = manifestSchema.safeParse(json);
  if (result.success) return result.data;
  throw new ManifestError(
    file,
    result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
      return `${field}: ${issue.message}`;
    }),
  );
}
