import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Io, ok, type Result } from "./io.ts";

/** `kata --version`: the version in the repository's package.json. */
export async function versionCommand(io: Io): Promise<Result> {
  const pkg = JSON.parse(await readFile(join(io.root, "package.json"), "utf8")) as {
    version?: string;
  };
  return ok(pkg.version ?? "unknown");
}
