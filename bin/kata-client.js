// The thin client of the `kata test` daemon (docs/design.md, "The daemon"): plain JavaScript that
// runs before tsx is loaded. It asks the daemon of this repository root, if one is listening,
// and otherwise says so; bin/kata.js then runs the command itself and starts a daemon for the
// next call. Nothing here decides a verdict or prints a word of its own.
import { spawn } from "node:child_process";
import { closeSync, lstatSync, mkdirSync, openSync, statSync, truncateSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  decodeAnswer,
  encode,
  MAX_MESSAGE,
  privateFolder,
  socketPlace,
} from "./daemon-protocol.js";

/** Where this user's daemon of this root listens, on this machine. */
export function placeOf(root) {
  return socketPlace({
    root,
    platform: process.platform,
    tmpdir: tmpdir(),
    uid: process.getuid?.() ?? -1,
    // Only a pipe's name needs it; on POSIX, a uid without a name must not stop the client.
    user: process.platform === "win32" ? userInfo().username : "",
    runtimeDir: process.env.XDG_RUNTIME_DIR,
  });
}

/** The request for this process: argv, where it runs, and the environment that shapes the text. */
function requestOf(root, argv) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  if (process.stdout.columns) env.COLUMNS = String(process.stdout.columns);
  return {
    root,
    cwd: process.cwd(),
    node: process.version,
    argv,
    env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/**
 * Asks the daemon. Resolves with `{ answer }` (the daemon ran the command), `{ absent: true }`
 * (nobody listens: start one), `{ unsafe: true }` (the socket's folder is not private: never use
 * it) or `{ failed: reason }` (it refused, died or answered garbage: run the command here).
 */
export async function ask(root, argv) {
  const { dir, path } = placeOf(root);
  if (dir !== undefined) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      return { absent: true };
    }
    if (!privateFolder(stat, process.getuid?.() ?? -1)) return { unsafe: true };
  }
  return new Promise((done) => {
    let received = "";
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done(result);
    };
    const socket = connect(path);
    socket.setEncoding("utf8");
    socket.on("error", (error) => {
      const absent = error.code === "ENOENT" || error.code === "ECONNREFUSED";
      settle(absent ? { absent: true } : { failed: error.code ?? "error" });
    });
    socket.on("connect", () => socket.write(encode(requestOf(root, argv))));
    socket.on("data", (chunk) => {
      received += chunk;
      if (received.length > MAX_MESSAGE) return settle({ failed: "too long" });
      const end = received.indexOf("\n");
      if (end < 0) return;
      const answer = decodeAnswer(received.slice(0, end));
      if (answer === undefined) settle({ failed: "garbage" });
      else if (answer.kind === "refused") settle({ failed: answer.reason, pid: answer.pid });
      else settle({ answer });
    });
    socket.on("close", () => settle({ failed: "closed" }));
  });
}

const LOG_LIMIT = 1024 * 1024;

/**
 * Starts the daemon of this root in the background: its own process group, its output appended
 * to .kata/daemon.log. The daemon itself gives way if another one listens already.
 */
export function startDaemon(root) {
  try {
    mkdirSync(join(root, ".kata"), { recursive: true });
    const log = join(root, ".kata", "daemon.log");
    if ((statSync(log, { throwIfNoEntry: false })?.size ?? 0) > LOG_LIMIT) truncateSync(log);
    const fd = openSync(log, "a");
    const entry = fileURLToPath(new URL("./kata-daemon.js", import.meta.url));
    const child = spawn(process.execPath, [entry, root], {
      cwd: root,
      detached: true,
      stdio: ["ignore", fd, fd],
      windowsHide: true,
    });
    child.on("error", () => {});
    child.unref();
    closeSync(fd);
  } catch {
    // No daemon this time: the next call runs the command itself, as this one did.
  }
}
