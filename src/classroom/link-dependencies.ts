import { lstat, mkdir, readdir, realpath, symlink } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
};

/**
 * Fills `target` (a new folder) with a symbolic link per package of `source` (a node_modules),
 * leaving out links that lead outside it, such as a link back to the repository (a `file:`
 * dependency on itself, `npm link`), and `.bin`. Returns the real folders linked: the paths a
 * sandbox must be allowed to read. A link that escapes would let the sandbox read whatever it
 * points to, since Node's permission model checks a path before following its links.
 */
export async function linkDependencies(source: string, target: string): Promise<string[]> {
  const real = await realpath(source);
  const readable: string[] = [];
  const link = async (from: string, to: string): Promise<void> => {
    const stats = await lstat(from);
    const resolved = await realpath(from);
    if (stats.isSymbolicLink() && !inside(real, resolved)) return;
    if (!(await lstat(resolved)).isDirectory()) return;
    await symlink(resolved, to, "dir");
    readable.push(resolved);
  };
  await mkdir(target, { recursive: true });
  for (const name of (await readdir(real)).toSorted()) {
    if (name.startsWith(".")) continue;
    const from = join(real, name);
    if (name.startsWith("@") && (await lstat(from)).isDirectory()) {
      await mkdir(join(target, name));
      for (const pkg of (await readdir(from)).toSorted()) {
        await link(join(from, pkg), join(target, name, pkg));
      }
    } else {
      await link(from, join(target, name));
    }
  }
  return readable;
}
