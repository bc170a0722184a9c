import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const repo = join(import.meta.dirname, "..", "..");
const shared = [
  "src",
  "bin",
  "package.json",
  "tsconfig.json",
  "tsconfig.solutions.json",
  "vitest.config.ts",
  "config",
  ".nvmrc",
  ".vscode",
  ".devcontainer",
];

/** A throwaway copy of the repository with some katas (singleton by default), committed to its own git. */
export interface Sandbox {
  readonly root: string;
  kata(...args: string[]): { code: number | null; stdout: string; stderr: string };
  /** The same, with more environment variables. */
  kataWith(
    env: NodeJS.ProcessEnv,
    ...args: string[]
  ): { code: number | null; stdout: string; stderr: string };
  /** Ends the `kata test` daemon of this copy, if one runs (its whole process group). */
  stopDaemon(): void;
  /** A hash of every file under katas/, to prove the learner's files were left alone. */
  katasHash(): string;
  remove(): void;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function sandbox(katas: readonly string[] = ["singleton"]): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "kata-e2e-"));
  for (const item of [...shared, ...katas.flatMap((k) => [`katas/${k}`, `solutions/${k}`])]) {
    cpSync(join(repo, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(repo, "node_modules"), join(root, "node_modules"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q");
  git("add", ".");
  git("-c", "user.name=e2e", "-c", "user.email=e2e@example.invalid", "commit", "-qm", "sandbox");
  return {
    root,
    kata(...args) {
      return this.kataWith({}, ...args);
    },
    kataWith(env, ...args) {
      const run = spawnSync(process.execPath, [join(root, "bin", "kata.js"), ...args], {
        cwd: root,
        encoding: "utf8",
        // No daemon unless a test asks for one (test/e2e/daemon.test.ts): each run is its own.
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, KATA_DAEMON: "0", ...env },
        timeout: 120_000,
      });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    },
    katasHash() {
      const hash = createHash("sha256");
      for (const file of files(join(root, "katas")).toSorted()) {
        hash.update(relative(root, file)).update(readFileSync(file));
      }
      return hash.digest("hex");
    },
    stopDaemon() {
      try {
        const pid = Number(readFileSync(join(root, ".kata", "daemon.pid"), "utf8"));
        // A pid file left by a daemon killed without its cleanup may name another process now.
        const daemon = readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("kata-daemon");
        if (Number.isInteger(pid) && pid > 0 && daemon) process.kill(-pid, "SIGKILL");
      } catch {
        // No daemon, or gone already.
      }
    },
    remove() {
      this.stopDaemon();
      // A daemon still starting (no pid file yet) may write into the tree while it goes; it
      // exits once its repository is gone, so retrying the removal converges.
      rmSync(root, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    },
  };
}
