import { describe, expect, it } from "vitest";
import {
  decodeAnswer,
  decodeRequest,
  encode,
  socketPlace,
  wanted,
} from "../../bin/daemon-protocol.js";

const request = {
  root: "/home/ada/py2ts-katas",
  cwd: "/home/ada/py2ts-katas/katas",
  node: "v20.20.2",
  argv: ["test", "singleton", "--lang", "zh-CN"],
  env: { LANG: "zh_CN.UTF-8", NO_COLOR: "1", COLUMNS: "120" },
  stdoutIsTTY: true,
  stderrIsTTY: false,
};

describe("the daemon's socket", () => {
  const host = {
    root: "/home/ada/py2ts-katas",
    platform: "linux",
    tmpdir: "/tmp",
    uid: 1000,
    user: "ada",
  };

  it("is in a folder of the user's in the temporary folder, named after the root", () => {
    expect(socketPlace(host)).toEqual({
      dir: "/tmp/py2ts-kata-1000",
      path: "/tmp/py2ts-kata-1000/bce2bdad968adecb.sock",
    });
  });

  it("is under $XDG_RUNTIME_DIR when there is one, and not for a relative one", () => {
    expect(socketPlace({ ...host, runtimeDir: "/run/user/1000" }).dir).toBe(
      "/run/user/1000/py2ts-kata",
    );
    expect(socketPlace({ ...host, runtimeDir: "run" }).dir).toBe("/tmp/py2ts-kata-1000");
  });

  it("differs between roots and users", () => {
    const other = socketPlace({ ...host, root: "/home/ada/other" }).path;
    expect(other).not.toBe(socketPlace(host).path);
    expect(socketPlace({ ...host, uid: 1001 }).path).not.toBe(socketPlace(host).path);
  });

  it("is a named pipe on Windows, named after the user and the root", () => {
    const win = { ...host, platform: "win32", root: "C:\\Users\\ada\\py2ts-katas" };
    const place = socketPlace(win);
    expect(place.dir).toBeUndefined();
    expect(place.path).toMatch(/^\\\\\.\\pipe\\py2ts-kata-[0-9a-f]{16}$/);
    expect(socketPlace({ ...win, user: "bob" }).path).not.toBe(place.path);
  });
});

describe("the daemon's messages", () => {
  it("carry a request and an answer through one line of JSON each", () => {
    const line = encode(request);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(decodeRequest(line.trim())).toEqual(request);
    const done = {
      kind: "done" as const,
      pid: 4242,
      exitCode: 1,
      output: [
        { fd: 2 as const, text: "Warning: progress.json was corrupt\n" },
        { fd: 1 as const, text: "singleton · 单例\n  ✗ 1. one-instance\n" },
      ],
    };
    expect(decodeAnswer(encode(done).trim())).toEqual(done);
    const refused = { kind: "refused" as const, pid: 4242, reason: "stale" };
    expect(decodeAnswer(encode(refused).trim())).toEqual(refused);
  });

  it("turn garbage into nothing, so the client runs the command itself", () => {
    const garbage = [
      "",
      "hello",
      "[1,2]",
      "null",
      JSON.stringify({ protocol: 2, kind: "refused", pid: 1, reason: "x" }),
      JSON.stringify({ protocol: 1, kind: "done", pid: 1, exitCode: 0 }),
      JSON.stringify({
        protocol: 1,
        kind: "done",
        pid: 1,
        exitCode: 0,
        output: [{ fd: 3, text: "" }],
      }),
      JSON.stringify({ protocol: 1, kind: "done", pid: "1", exitCode: 0, output: [] }),
      JSON.stringify({ protocol: 1, kind: "maybe", pid: 1 }),
    ];
    for (const line of garbage) expect(decodeAnswer(line), line).toBeUndefined();
    expect(decodeRequest(JSON.stringify({ protocol: 1, ...request, argv: [1] }))).toBeUndefined();
    expect(
      decodeRequest(JSON.stringify({ protocol: 1, ...request, env: { A: 1 } })),
    ).toBeUndefined();
    expect(decodeRequest(JSON.stringify({ ...request }))).toBeUndefined();
  });
});

describe("when the daemon is used", () => {
  it("only for kata test, unless KATA_DAEMON=0, and in CI only with KATA_DAEMON=1", () => {
    expect(wanted(["test", "singleton"], {})).toBe(true);
    expect(wanted(["test", "singleton"], { KATA_DAEMON: "0" })).toBe(false);
    expect(wanted(["test", "singleton"], { KATA_DAEMON: "1" })).toBe(true);
    expect(wanted(["test", "singleton"], { CI: "true" })).toBe(false);
    expect(wanted(["test", "singleton"], { CI: "true", KATA_DAEMON: "1" })).toBe(true);
    for (const argv of [[], ["grade", "x"], ["verify"], ["classroom", "grade"], ["watch"]]) {
      expect(wanted(argv, { KATA_DAEMON: "1" }), argv.join(" ")).toBe(false);
    }
  });
});
