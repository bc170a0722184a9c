// What the `kata test` client (bin/kata-client.js) and the daemon (src/cli/daemon.ts) agree on,
// decided here once: when the daemon is used, where its socket is, and the messages. Plain
// JavaScript, pure, so that the client can use it before tsx is loaded.
import { createHash } from "node:crypto";
import { join } from "node:path";

/** The protocol's version: a client and a daemon of different versions never talk. */
export const PROTOCOL = 1;
/** Set to "0" to turn the daemon off, to "1" to turn it on (the default: see DEFAULT_ON). */
export const SWITCH = "KATA_DAEMON";
/** Minutes idle, then the daemon exits; the environment variable takes seconds (tests). */
export const IDLE_SECONDS_DEFAULT = 600;
export const IDLE_SWITCH = "KATA_DAEMON_IDLE_SECONDS";
/** Whether `kata test` uses the daemon when KATA_DAEMON is not set. */
export const DEFAULT_ON = true;
/** A request or an answer larger than this is garbage. */
export const MAX_MESSAGE = 16 * 1024 * 1024;

/**
 * Only `kata test`, and only unless switched off. Not in CI either, unless asked for: a
 * classroom's autograding runs there, and one process per call is what it should get.
 */
export function wanted(argv, env) {
  if (argv[0] !== "test") return false;
  if (env[SWITCH] === "0") return false;
  if (env[SWITCH] === "1") return true;
  return DEFAULT_ON && !env.CI;
}

const short = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * Where the daemon of one repository root listens. POSIX: a socket in a folder only the user
 * can enter ($XDG_RUNTIME_DIR, else a 0700 folder of the user's in the temporary folder).
 * Windows: a named pipe, named after the user and the root.
 */
export function socketPlace({ root, platform, tmpdir, uid, user, runtimeDir }) {
  if (platform === "win32") {
    return { dir: undefined, path: `\\\\.\\pipe\\py2ts-kata-${short(`${user}\n${root}`)}` };
  }
  const dir = runtimeDir?.startsWith("/")
    ? join(runtimeDir, "py2ts-kata")
    : join(tmpdir, `py2ts-kata-${uid}`);
  return { dir, path: join(dir, `${short(root)}.sock`) };
}

/** A folder only its owner can use: ours, a real folder (not a link), no rights for others. */
export function privateFolder(stat, uid) {
  return (
    stat.isDirectory() && !stat.isSymbolicLink() && stat.uid === uid && (stat.mode & 0o077) === 0
  );
}

/** One message, one line of JSON. */
export function encode(message) {
  return `${JSON.stringify({ protocol: PROTOCOL, ...message })}\n`;
}

const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === "string";
const isStringRecord = (v) => isRecord(v) && Object.values(v).every(isString);

/** A request from its line, or undefined for anything that is not one. */
export function decodeRequest(line) {
  const m = parse(line);
  if (!m) return undefined;
  const ok =
    isString(m.root) &&
    isString(m.cwd) &&
    isString(m.node) &&
    Array.isArray(m.argv) &&
    m.argv.every(isString) &&
    isStringRecord(m.env) &&
    typeof m.stdoutIsTTY === "boolean" &&
    typeof m.stderrIsTTY === "boolean";
  return ok
    ? {
        root: m.root,
        cwd: m.cwd,
        node: m.node,
        argv: m.argv,
        env: m.env,
        stdoutIsTTY: m.stdoutIsTTY,
        stderrIsTTY: m.stderrIsTTY,
      }
    : undefined;
}

/** An answer from its line, or undefined for anything that is not one (garbage: fall back). */
export function decodeAnswer(line) {
  const m = parse(line);
  if (!m || !Number.isInteger(m.pid)) return undefined;
  if (m.kind === "refused" && isString(m.reason)) {
    return { kind: "refused", pid: m.pid, reason: m.reason };
  }
  const output =
    Array.isArray(m.output) &&
    m.output.every((c) => isRecord(c) && (c.fd === 1 || c.fd === 2) && isString(c.text));
  if (m.kind === "done" && Number.isInteger(m.exitCode) && output) {
    return {
      kind: "done",
      pid: m.pid,
      exitCode: m.exitCode,
      output: m.output.map((c) => ({ fd: c.fd, text: c.text })),
    };
  }
  return undefined;
}

function parse(line) {
  if (typeof line !== "string" || line.length > MAX_MESSAGE) return undefined;
  try {
    const m = JSON.parse(line);
    return isRecord(m) && m.protocol === PROTOCOL ? m : undefined;
  } catch {
    return undefined;
  }
}
