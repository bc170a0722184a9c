import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** `template % values` (solutions/percent-format). */
export type PercentFormat = (template: string, values: unknown) => string;
/** `template.format(*args, **kwargs)` (solutions/str-format). */
export type StrFormat = (
  template: string,
  args?: readonly unknown[],
  kwargs?: Readonly<Record<string, unknown>>,
) => string;
/** Python's f-string as a tag (solutions/f-string). */
export type FTag = (strings: TemplateStringsArray, ...values: readonly unknown[]) => string;

/** The references the benchmark measures; a kata still being written is `undefined`. */
export interface References {
  readonly percentFormat: PercentFormat | undefined;
  readonly strFormat: StrFormat | undefined;
  readonly f: FTag | undefined;
}

const solutions = join(import.meta.dirname, "..", "..", "solutions");

// Imported by path, not as #kata/<id>: under plain Node that specifier resolves to the learner's
// stub. The references' own `#kata/format-spec` needs `node --conditions=solutions`.
async function load<T>(id: string, name: string): Promise<T | undefined> {
  const file = join(solutions, id, `${id}.ts`);
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const value = module[name];
  return typeof value === "function" ? (value as T) : undefined;
}

/** Loads the formatting references that exist in this checkout. */
export async function loadReferences(): Promise<References> {
  return {
    percentFormat: await load<PercentFormat>("percent-format", "percentFormat"),
    strFormat: await load<StrFormat>("str-format", "strFormat"),
    f: await load<FTag>("f-string", "f"),
  };
}
