// The `kata test` daemon (docs/design.md, "The daemon"): one per repository root and user,
// started in the background by a `kata test` that found none (bin/kata-client.js), answering the
// next calls with a warm tsc --watch, a warm vitest and runner children started ahead. It
// answers `kata test` only, for its own root only, one request after the other, and exits after
// idle minutes, when the tool's files or Node change, and with its process group.
import { existsSync, lstatSync, mkdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { chmod } from "node:fs/promises";
import { connect, createServer, type Socket } from "node:net";
import { join } from "node:path";
import {
  type DaemonAnswer,
  type DaemonRequest,
  decodeRequest,
  encode,
  IDLE_SECONDS_DEFAULT,
  IDLE_SWITCH,
  MAX_MESSAGE,
  type OutputChunk,
  privateFolder,
} from "../../bin/daemon-protocol.js";
import { placeOf } from "../../bin/kata-client.js";
import { coldRunners, type Runners } from "../commands/test-kata.ts";
import { ownDiagnostics } from "../kata/diagnostics.ts";
import { runLearner } from "../runner/run-learner.ts";
import { spareChildren } from "../runner/spare-children.ts";
import { newestKataEdit } from "../runner/tsc-watch.ts";
import { runWarmLearner } from "../runner/warm-learner.ts";
import { warmSpecs } from "../runner/warm-specs.ts";
import { warmTypecheck } from "../runner/warm-typecheck.ts";
import { sourceStamps, versionKey } from "./daemon-version.ts";
import { answer } from "./main.ts";
import { parse } from "./parse.ts";

const log = (line: string) =>
  process.stdout.write(`${new Date().toISOString()} [${process.pid}] ${line}\n`);
const VERSION_POLL_MS = 2000;

/** The key of this daemon's code and Node, with the given Node version (the client's). */
const keyNow = (root: string, node: string, nodeOptions: string) =>
  versionKey(node, nodeOptions, sourceStamps(root));

/** Whether someone answers on this socket already. */
function listening(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(path);
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** Serves `kata test` for `root` until idle, stale or killed. */
export async function serve(root: string): Promise<void> {
  const own = realpathSync(root);
  const nodeOptions = process.env.NODE_OPTIONS ?? "";
  const key = keyNow(root, process.version, nodeOptions);
  const idleMs = Number(process.env[IDLE_SWITCH] ?? IDLE_SECONDS_DEFAULT) * 1000;
  // The same place the client asks at, decided by the client's own function.
  const { dir, path } = placeOf(root);
  if (dir !== undefined) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!privateFolder(lstatSync(dir), process.getuid?.() ?? -1)) {
      log(`not started: ${dir} is not a folder of this user's alone`);
      return;
    }
  }
  if (await listening(path)) {
    log("not started: another daemon answers for this root");
    return;
  }
  if (dir !== undefined) rmSync(path, { force: true });

  const pidFile = join(root, ".kata", "daemon.pid");
  const typecheck = warmTypecheck(root);
  const spares = spareChildren(root);
  spares.prepare([]);
  const warm = warmSpecs(root);
  // The request being answered (they come one at a time): its client's environment, and whether
  // the client is gone (Ctrl-C): then the run is stopped, and nothing is recorded, as without
  // a daemon.
  let current = { env: process.env, gone: new AbortController().signal };
  const runners: Runners = {
    runLearner: async (run) => {
      const { env, gone } = current;
      const signal = run.signal ? AbortSignal.any([run.signal, gone]) : gone;
      const { job } = run;
      const result =
        job.kind === "spec"
          ? await runWarmLearner({ ...run, job, env, signal }, warm, spares.start)
          : await runLearner({ ...run, env, signal }, spares.start);
      const { pid, runs } = warm.served();
      if (job.kind === "spec") log(`tests in the warm vitest (pid ${pid}, run ${runs})`);
      if (gone.aborted) throw new Error("the client left before the answer");
      return result;
    },
    typecheckKata: async (at, kata) => {
      const asked = Date.now();
      const diagnostics = await typecheck.after(newestKataEdit(at));
      log(`type check: ${diagnostics ? "tsc --watch" : "a new tsc"}, ${Date.now() - asked} ms`);
      if (diagnostics === undefined) return coldRunners.typecheckKata(at, kata);
      return ownDiagnostics(kata, diagnostics);
    },
  };

  let idle: NodeJS.Timeout | undefined;
  let busy = 0;
  let queue: Promise<void> = Promise.resolve();
  const server = createServer();
  const stop = (why: string, code = 0) => {
    log(`exits: ${why}`);
    clearTimeout(idle);
    clearInterval(poll);
    server.close();
    if (dir !== undefined) rmSync(path, { force: true });
    rmSync(pidFile, { force: true });
    spares.close();
    warm.close();
    typecheck.close();
    // The whole group: whatever this daemon started in it (tsc and its native compiler).
    if (process.platform !== "win32") {
      try {
        process.kill(-process.pid, "SIGKILL");
      } catch {
        // Not a group leader (started by hand): only this process then.
      }
    }
    process.exit(code);
  };
  // A daemon that crashes still takes down what it started: without this, its tsc --watch
  // outlived it.
  process.on("uncaughtException", (error) => stop(`crashed: ${error.stack ?? String(error)}`, 1));
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(`idle for ${idleMs / 1000} s`), idleMs);
  };
  const poll = setInterval(() => {
    // A repository that is gone (a deleted clone, a test's throwaway copy) has nobody to serve,
    // whatever a request of it still waits for.
    if (!existsSync(join(root, "package.json"))) stop("its repository is gone");
    else if (busy === 0 && keyNow(root, process.version, nodeOptions) !== key) {
      stop("the tool's files changed");
    }
  }, VERSION_POLL_MS);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => stop(signal));
  }

  /** Refuses, or runs the command as the client's process would, collecting what it prints. */
  async function reply(
    request: DaemonRequest,
    gone: AbortSignal,
  ): Promise<{ answer: DaemonAnswer; exit?: string }> {
    const refuse = (reason: string, exit?: string) => ({
      answer: { kind: "refused" as const, pid: process.pid, reason },
      ...(exit ? { exit } : {}),
    });
    let theirs: string;
    try {
      theirs = realpathSync(request.root);
    } catch {
      return refuse("no such root");
    }
    if (theirs !== own) return refuse("another root");
    const clientOptions = request.env.NODE_OPTIONS ?? "";
    if (keyNow(root, request.node, clientOptions) !== key) {
      return refuse("stale", "its version key changed (Node or the tool's files)");
    }
    let command: string;
    try {
      command = parse(request.argv).name;
    } catch {
      return refuse("not a command");
    }
    if (command !== "test") return refuse("only kata test");
    if (gone.aborted) return refuse("the client left");
    const output: OutputChunk[] = [];
    current = { env: request.env, gone };
    const exitCode = await answer(request.argv, root, {
      env: request.env,
      stdout: { isTTY: request.stdoutIsTTY },
      stderr: { isTTY: request.stderrIsTTY },
      stdinIsTTY: false,
      write: (fd, text) => output.push({ fd, text }),
      runners,
      signals: false,
    });
    // Nobody to answer: the run was stopped when the client left, and nothing was recorded.
    if (gone.aborted) return refuse("the client left");
    return { answer: { kind: "done", pid: process.pid, exitCode, output } };
  }

  function onConnection(socket: Socket): void {
    let received = "";
    let taken = false;
    socket.setEncoding("utf8");
    socket.on("error", () => {});
    socket.on("data", (chunk: string) => {
      if (taken) return;
      received += chunk;
      if (received.length > MAX_MESSAGE) return void socket.destroy();
      const end = received.indexOf("\n");
      if (end < 0) return;
      taken = true;
      const request = decodeRequest(received.slice(0, end));
      if (request === undefined) {
        socket.end(encode({ kind: "refused", pid: process.pid, reason: "garbage" }));
        return;
      }
      const gone = new AbortController();
      socket.on("close", () => gone.abort());
      busy++;
      clearTimeout(idle);
      queue = queue.then(async () => {
        const started = Date.now();
        let exit: string | undefined;
        try {
          const result = await reply(request, gone.signal);
          exit = result.exit;
          const a = result.answer;
          log(
            `${request.argv.join(" ")}: ${a.kind === "done" ? `exit ${a.exitCode}` : `refused (${a.reason})`} in ${Date.now() - started} ms`,
          );
          socket.end(encode(a));
        } catch (error) {
          log(`${request.argv.join(" ")}: failed: ${(error as Error).stack ?? String(error)}`);
          socket.destroy();
        } finally {
          busy--;
          if (exit) stop(exit);
          else if (busy === 0) armIdle();
        }
      });
    });
  }

  server.on("connection", onConnection);
  server.on("error", (error) => stop(`socket: ${error.message}`));
  await new Promise<void>((done) => server.listen(path, done));
  if (dir !== undefined) await chmod(path, 0o600);
  if (existsSync(join(root, ".kata"))) writeFileSync(pidFile, `${process.pid}\n`);
  log(`listening for ${own} (idle limit ${idleMs / 1000} s)`);
  armIdle();
}
