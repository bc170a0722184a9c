import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throwaway copy of the working tree, where the loop may write progress and edit katas. */
export interface Sandbox {
  readonly root: string;
  remove(): void;
}

// node_modules is linked entry by entry, not as one link: a relative link inside it (such as a
// package's link back to the repository) must lead into the copy, not to the original.
function linkModules(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const stat = lstatSync(source);
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), join(to, name));
    else if (name === ".bin") linkModules(source, join(to, name));
    else symlinkSync(source, join(to, name));
  }
}

/** Copies the files git knows of (tracked and untracked, not ignored) into a temporary folder. */
export function sandbox(repo: string): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "kata-loop-"));
  const listing = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: repo,
      encoding: "utf8",
    },
  );
  for (const file of listing.split("\0").filter((f) => f !== "")) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      copyFileSync(join(repo, file), join(root, file));
    } catch {
      // A file deleted since git listed it: colleagues are editing the tree right now.
    }
  }
  linkModules(join(repo, "node_modules"), join(root, "node_modules"));
  return {
    root,
    remove: () => {
      stopLeftovers(root);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Stops what still runs in the sandbox: watch mode may start helpers in their own process
 * groups, and all of them were started here. Each is stopped by its id.
 */
export function stopLeftovers(root: string): void {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === root || cwd.startsWith(`${root}/`)) process.kill(Number(pid), "SIGKILL");
    } catch {
      // Gone already, or not ours to read.
    }
  }
}
