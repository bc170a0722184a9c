import { mkdirSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import { join } from "node:path";

const repo = join(import.meta.dirname, "..", "..");

/**
 * What `npm ci` would make in a copy of the tool (a pack, an autograder), without the network:
 * a link per package of the repository's node_modules and its own .bin.
 */
export function installInto(dir: string): void {
  const from = join(repo, "node_modules");
  const to = join(dir, "node_modules");
  mkdirSync(join(to, ".bin"), { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === ".bin")
      for (const bin of readdirSync(join(from, ".bin")))
        symlinkSync(readlinkSync(join(from, ".bin", bin)), join(to, ".bin", bin));
    else if (!name.startsWith(".")) symlinkSync(join(from, name), join(to, name));
  }
}
