import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const git = (cwd: string, args: readonly string[]) =>
  new Promise<{ ok: boolean; stdout: string }>((done) => {
    execFile("git", [...args], { cwd }, (error, stdout) => done({ ok: !error, stdout }));
  });

/** How committing went: git is optional for a pack. */
export type CommitResult = "committed" | "unchanged" | "no-git";

/**
 * Commits everything in `dir` (a new repository unless it is one already), as the user's git
 * identity or, when none is configured, as "kata pack".
 */
export async function commitAll(dir: string, message: string): Promise<CommitResult> {
  if (!(await git(dir, ["--version"])).ok) return "no-git";
  if (!existsSync(join(dir, ".git"))) {
    const init = await git(dir, ["init", "-q", "-b", "main"]);
    if (!init.ok && !(await git(dir, ["init", "-q"])).ok) return "no-git";
  }
  await git(dir, ["add", "-A"]);
  if ((await git(dir, ["diff", "--cached", "--quiet"])).ok) return "unchanged";
  const named = (await git(dir, ["config", "user.email"])).stdout.trim() !== "";
  const identity = named
    ? []
    : ["-c", "user.name=kata pack", "-c", "user.email=kata-pack@localhost"];
  const commit = await git(dir, [...identity, "commit", "-q", "-m", message]);
  return commit.ok ? "committed" : "no-git";
}
