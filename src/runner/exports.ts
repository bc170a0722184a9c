import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** How a module's runtime exports differ from the manifest's `api`. Empty when they match. */
export interface ExportDrift {
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** Compares two export lists: `exportDrift(["a"], ["a", "b"]) // { missing: [], extra: ["b"] }`. */
export function exportDrift(api: readonly string[], actual: readonly string[]): ExportDrift {
  return {
    missing: api.filter((name) => !actual.includes(name)),
    extra: actual.filter((name) => !api.includes(name)),
  };
}

/** The runtime export names of a TypeScript module (the CLI runs under tsx, so it can import .ts). */
export async function exportNames(root: string, file: string): Promise<string[]> {
  const module: Record<string, unknown> = await import(pathToFileURL(resolve(root, file)).href);
  return Object.keys(module).filter((name) => name !== "default" || module[name] !== undefined);
}
