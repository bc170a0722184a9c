import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Count,
  demo,
  type FileSystem,
  follow,
  MemoryFileSystem,
  type Selection,
  tail,
  tailFiles,
} from "#kata/tail";
import { commandsReplay } from "../../src/testing/replay.ts";

// The spec's own UTF-8 codec, so that no expected value goes through the code under test.
const b = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

/** Runs `action` and returns what it threw, so that class and message can both be checked. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return "nothing thrown";
}

const NL = 0x0a;
/** Bytes with plenty of newlines, carriage returns and halves of "é". */
const fileBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(NL, NL, 0x0d, 0x61, 0x62, 0xc3, 0xa9),
      fc.integer({ min: 0, max: 255 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((xs) => Uint8Array.from(xs));
const newlines = (data: Uint8Array): number => data.filter((x) => x === NL).length;
const isSuffix = (part: Uint8Array, whole: Uint8Array): boolean =>
  part.length <= whole.length && part.every((x, i) => x === whole[whole.length - part.length + i]);

const APP = "boot\nload model\nwarm up\nready\n";

describe("lines", () => {
  it("prints the last 10 lines by default", () => {
    const numbers = Array.from({ length: 12 }, (_, i) => `${i + 1}\n`).join("");
    expect(text(tail(b(numbers)))).toBe("3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n");
  });

  it("prints the last N lines with -n N", () => {
    expect(text(tail(b(APP), { lines: 2 }))).toBe("warm up\nready\n");
    expect(text(tail(b(APP), { lines: 4 }))).toBe(APP);
    expect(text(tail(b(APP), { lines: 9 }))).toBe(APP);
    expect(text(tail(b(APP), { lines: 0 }))).toBe("");
    expect(text(tail(new Uint8Array(), { lines: 3 }))).toBe("");
  });

  it("counts a last line without a newline as a line", () => {
    const gpu = b("gpu0 util 97%\ngpu1 util 12%");
    expect(text(tail(gpu, { lines: 1 }))).toBe("gpu1 util 12%");
    expect(text(tail(gpu, { lines: 2 }))).toBe("gpu0 util 97%\ngpu1 util 12%");
    expect(text(tail(b("no newline at all"), { lines: 1 }))).toBe("no newline at all");
  });

  it("counts blank lines, even at the very start of the file", () => {
    expect(text(tail(b("\n\n"), { lines: 5 }))).toBe("\n\n");
    expect(text(tail(b("\n\n"), { lines: 2 }))).toBe("\n\n");
    expect(text(tail(b("\n\n"), { lines: 1 }))).toBe("\n");
    expect(text(tail(b("\n"), { lines: 1 }))).toBe("\n");
    expect(text(tail(b("a\n\n"), { lines: 1 }))).toBe("\n");
    expect(text(tail(b("\nb"), { lines: 3 }))).toBe("\nb");
  });

  it("starts at line N with -n +N; +0 is +1, as in GNU tail", () => {
    expect(text(tail(b(APP), { lines: "+3" }))).toBe("warm up\nready\n");
    expect(text(tail(b(APP), { lines: "+1" }))).toBe(APP);
    expect(text(tail(b(APP), { lines: "+0" }))).toBe(APP);
    expect(text(tail(b(APP), { lines: "+4" }))).toBe("ready\n");
    expect(text(tail(b(APP), { lines: "+5" }))).toBe("");
    expect(text(tail(b("a\nb"), { lines: "+2" }))).toBe("b");
    expect(text(tail(b("a\nb"), { lines: "+3" }))).toBe("");
  });

  it("ends lines at \\n only: \\r and the \\r of \\r\\n are bytes like any other", () => {
    // Python's bytes.splitlines() would break at \r and \r\n as well.
    const windows = b("first\r\nsecond\rstill second\ndone\n");
    expect(text(tail(windows, { lines: 1 }))).toBe("done\n");
    expect(text(tail(windows, { lines: 2 }))).toBe("second\rstill second\ndone\n");
    expect(text(tail(windows, { lines: "+2" }))).toBe("second\rstill second\ndone\n");
  });

  it("refuses a count that is not a whole number, with GNU's words", () => {
    for (const count of [
      -1,
      1.5,
      Number.NaN,
      "+1.5",
      "+1e3",
      "+ 1",
      "+-1",
      "+²",
      "+",
      "++1",
      "1+2",
    ]) {
      const error = thrown(() => tail(b(APP), { lines: count as Count }));
      expect(error, String(count)).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe(`invalid number of lines: '${count}'`);
    }
  });

  it("returns a copy: changing the file afterwards does not change the output", () => {
    const data = b("one\ntwo\n");
    const whole = tail(data, { lines: 5 });
    const last = tail(data, { lines: 1 });
    data.fill(0x21);
    expect(text(whole)).toBe("one\ntwo\n");
    expect(text(last)).toBe("two\n");
  });

  it("law: -n +1 (and -n +0) is the whole file", () => {
    fc.assert(
      fc.property(fileBytes, fc.constantFrom("+1" as const, "+0" as const), (data, count) => {
        expect([...tail(data, { lines: count })], "output").toEqual([...data]);
      }),
    );
  });

  it("law: -n N gives a suffix of the file with at most N lines, exactly N when the file has them", () => {
    fc.assert(
      fc.property(fileBytes, fc.nat({ max: 12 }), (data, n) => {
        const out = tail(data, { lines: n });
        expect(isSuffix(out, data), "output is a suffix of the file").toBe(true);
        const lines = newlines(out) + (out.length > 0 && out.at(-1) !== NL ? 1 : 0);
        const fileLines = newlines(data) + (data.length > 0 && data.at(-1) !== NL ? 1 : 0);
        expect(newlines(out), "newline-terminated lines in the output").toBeLessThanOrEqual(n);
        expect(lines, "lines in the output").toBe(Math.min(n, fileLines));
        // Whole lines only: the output starts the file or follows a newline.
        const before = data[data.length - out.length - 1];
        expect(
          out.length === 0 || out.length === data.length || before === NL,
          "output starts a line",
        ).toBe(true);
      }),
    );
  });

  it("law: -n +N drops exactly the first N - 1 lines", () => {
    fc.assert(
      fc.property(fileBytes, fc.integer({ min: 1, max: 12 }), (data, n) => {
        const out = tail(data, { lines: `+${n}` });
        expect(isSuffix(out, data), "output is a suffix of the file").toBe(true);
        const dropped = data.subarray(0, data.length - out.length);
        if (newlines(data) >= n - 1) {
          expect(newlines(dropped), "newlines dropped").toBe(n - 1);
          expect(dropped.length === 0 || dropped.at(-1) === NL, "drop ends at a newline").toBe(
            true,
          );
        } else {
          expect(out.length, "output of a file too short").toBe(0);
        }
      }),
    );
  });
});

describe("bytes", () => {
  it("prints the last N bytes with -c N, splitting a character as GNU tail does", () => {
    const menu = b("crème brûlée\nthé\n");
    expect(text(tail(menu, { bytes: 3 }))).toBe("é\n");
    expect([...tail(menu, { bytes: 2 })]).toEqual([0xa9, 0x0a]);
    expect(text(tail(menu, { bytes: 2 }))).toBe("\uFFFD\n");
    expect(text(tail(menu, { bytes: 100 }))).toBe("crème brûlée\nthé\n");
    expect(text(tail(new Uint8Array(), { bytes: 5 }))).toBe("");
  });

  it("prints nothing for -c 0 (data.slice(-0) would be the whole file)", () => {
    expect([...tail(b(APP), { bytes: 0 })]).toEqual([]);
  });

  it("starts at byte N with -c +N; +0 is +1", () => {
    const menu = b("crème");
    expect([...tail(menu, { bytes: "+4" })]).toEqual([0xa8, 0x6d, 0x65]);
    expect(text(tail(menu, { bytes: "+3" }))).toBe("ème");
    expect(text(tail(menu, { bytes: "+1" }))).toBe("crème");
    expect(text(tail(menu, { bytes: "+0" }))).toBe("crème");
    expect(text(tail(menu, { bytes: "+6" }))).toBe("e");
    expect(text(tail(menu, { bytes: "+7" }))).toBe("");
    expect(text(tail(menu, { bytes: "+60" }))).toBe("");
  });

  it("counts bytes, not UTF-16 code units: 'thé' is 3 code units and 4 bytes", () => {
    expect("thé".length).toBe(3);
    expect(text(tail(b("thé"), { bytes: 4 }))).toBe("thé");
    expect(text(tail(b("thé"), { bytes: 2 }))).toBe("é");
    // One emoji: two UTF-16 code units, four UTF-8 bytes.
    expect("🙂".length).toBe(2);
    expect([...tail(b("ok 🙂"), { bytes: 2 })]).toEqual([0x99, 0x82]);
    expect(text(tail(b("ok 🙂"), { bytes: 4 }))).toBe("🙂");
  });

  it("refuses a count that is not a whole number, with GNU's words", () => {
    for (const count of [-3, 0.5, "+0.5", "+x"]) {
      const error = thrown(() => tail(b(APP), { bytes: count as Count }));
      expect(error, String(count)).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe(`invalid number of bytes: '${count}'`);
    }
  });

  it("returns a copy of the bytes", () => {
    const data = b("abc");
    const out = tail(data, { bytes: 9 });
    data[0] = 0x7a;
    expect(text(out)).toBe("abc");
  });

  it("law: -c N gives exactly the last N bytes, or the whole file when it is shorter", () => {
    fc.assert(
      fc.property(fileBytes, fc.nat({ max: 80 }), (data, n) => {
        const out = tail(data, { bytes: n });
        expect(out.length, "length of the output").toBe(Math.min(n, data.length));
        expect(isSuffix(out, data), "output is the end of the file").toBe(true);
      }),
    );
  });

  it("law: -c +N is everything from byte N on (-c +0 like -c +1)", () => {
    fc.assert(
      fc.property(fileBytes, fc.nat({ max: 80 }), (data, n) => {
        const out = tail(data, { bytes: `+${n}` });
        expect(out.length, "length of the output").toBe(
          Math.max(data.length - Math.max(n - 1, 0), 0),
        );
        expect(isSuffix(out, data), "output is the end of the file").toBe(true);
      }),
    );
  });
});

describe("headers", () => {
  const files = () => {
    const fs = new MemoryFileSystem();
    fs.create("app.log", b(APP));
    fs.create("gpu.log", b("gpu0 util 97%\ngpu1 util 12%"));
    fs.create("empty.log");
    return fs;
  };

  it("reads files from the given MemoryFileSystem, which keeps names apart from inodes", () => {
    const fs = new MemoryFileSystem();
    const source = b("v1\n");
    fs.create("a.log", source);
    source.fill(0x21);
    const first = fs.open("a.log");
    expect(text(first?.read(0) ?? b("missing"))).toBe("v1\n");
    fs.append("a.log", b("more\n"));
    expect(first?.size()).toBe(8);
    fs.rename("a.log", "b.log");
    expect(fs.open("a.log")).toBeUndefined();
    expect(fs.open("b.log")).toBe(first);
    fs.create("b.log", b("new\n"));
    expect(fs.open("b.log")?.inode).not.toBe(first?.inode);
    expect(text(first?.read(3) ?? b("missing"))).toBe("more\n");
    for (const action of [
      () => fs.append("nope", b("x")),
      () => fs.truncate("nope"),
      () => fs.rename("nope", "x"),
    ]) {
      expect((thrown(action) as Error).message).toBe("no such file: nope");
    }
  });

  it("puts a GNU header before each file, and a blank line between files", () => {
    const result = tailFiles(files(), ["app.log", "app.log"], { lines: 1 });
    expect(text(result.stdout)).toBe("==> app.log <==\nready\n\n==> app.log <==\nready\n");
    expect(result.stderr).toEqual([]);
    expect(result.status).toBe(0);
  });

  it("writes the next header right after a last line without a newline", () => {
    const result = tailFiles(files(), ["gpu.log", "app.log"], { lines: 1 });
    expect(text(result.stdout)).toBe("==> gpu.log <==\ngpu1 util 12%\n==> app.log <==\nready\n");
  });

  it("gives an empty file its header", () => {
    const result = tailFiles(files(), ["empty.log", "app.log"], { lines: 1 });
    expect(text(result.stdout)).toBe("==> empty.log <==\n\n==> app.log <==\nready\n");
  });

  it("prints one file without a header, with the last 10 lines by default", () => {
    expect(text(tailFiles(files(), ["app.log"]).stdout)).toBe(APP);
    expect(text(tailFiles(files(), ["gpu.log"], { bytes: 3 }).stdout)).toBe("12%");
  });

  it("reports a missing file on stderr, skips its header and exits with 1", () => {
    const result = tailFiles(files(), ["missing.log", "app.log", "gpu.log"], { lines: 1 });
    expect(text(result.stdout)).toBe("==> app.log <==\nready\n\n==> gpu.log <==\ngpu1 util 12%");
    expect(result.stderr).toEqual([
      "tail: cannot open 'missing.log' for reading: No such file or directory",
    ]);
    expect(result.status).toBe(1);
    const none = tailFiles(files(), ["a", "b"]);
    expect([...none.stdout]).toEqual([]);
    expect(none.stderr).toEqual([
      "tail: cannot open 'a' for reading: No such file or directory",
      "tail: cannot open 'b' for reading: No such file or directory",
    ]);
    expect(none.status).toBe(1);
  });

  it("joins headers and outputs as bytes: what is not UTF-8 stays as it was", () => {
    const fs = files();
    fs.create("raw.bin", Uint8Array.from([0xff, 0xfe, 0x0a, 0xc3]));
    fs.create("café.log", b("au lait\n"));
    const { stdout } = tailFiles(fs, ["raw.bin", "café.log"]);
    expect([...stdout]).toEqual([
      ...b("==> raw.bin <==\n"),
      0xff,
      0xfe,
      0x0a,
      0xc3,
      ...b("\n==> café.log <==\nau lait\n"),
    ]);
  });

  const name = fc.stringMatching(/^[a-z]{1,6}\.log$/);

  it("law: with several files, stripping the headers leaves each file's tail, in order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, fileBytes), {
          minLength: 2,
          maxLength: 4,
          selector: ([n]) => n,
        }),
        fc.nat({ max: 5 }),
        (entries, n) => {
          const fs = new MemoryFileSystem();
          for (const [file, data] of entries) fs.create(file, data);
          const { stdout, stderr, status } = tailFiles(
            fs,
            entries.map(([file]) => file),
            { lines: n },
          );
          const expected = entries.flatMap(([file, data], i) => [
            ...b(`${i === 0 ? "" : "\n"}==> ${file} <==\n`),
            ...tail(data, { lines: n }),
          ]);
          expect([...stdout], "stdout").toEqual(expected);
          expect(stderr, "stderr").toEqual([]);
          expect(status, "exit status").toBe(0);
        },
      ),
    );
  });

  it("law: a single file gets no header: its output is tail() of its bytes", () => {
    fc.assert(
      fc.property(fileBytes, fc.nat({ max: 20 }), (data, n) => {
        const fs = new MemoryFileSystem();
        fs.create("one.log", data);
        expect([...tailFiles(fs, ["one.log"], { bytes: n }).stdout], "stdout").toEqual([
          ...tail(data, { bytes: n }),
        ]);
      }),
    );
  });
});

describe("follow", () => {
  // Each scripted session below was also run through original.py's follow() in CPython 3.14:
  // the same chunks, at the same seconds.
  class Interrupted extends Error {}

  /** What a session printed, one entry per chunk: `t=3 out "failed\n"` or `t=8 err "..."`. */
  type Seen = readonly [at: number, stream: "out" | "err", text: string];

  /**
   * Follows `name` on a virtual clock: each sleep moves the clock by its seconds and then runs
   * what `script` does at that second; past `until` seconds, sleep throws, as Ctrl-C would.
   */
  async function session(
    fs: FileSystem,
    name: string,
    script: Record<number, () => void>,
    until: number,
    options: { selection?: Selection; maxUnchangedStats?: number } = {},
  ) {
    let clock = 0;
    const seen: Seen[] = [];
    const sleeps: number[] = [];
    const sleep = async (seconds: number) => {
      sleeps.push(seconds);
      clock += seconds;
      if (clock > until) throw new Interrupted();
      script[clock]?.();
    };
    let ended: "returned" | "interrupted" = "returned";
    try {
      for await (const chunk of follow(fs, name, { sleep, ...options })) {
        seen.push(
          "stdout" in chunk ? [clock, "out", text(chunk.stdout)] : [clock, "err", chunk.stderr],
        );
      }
    } catch (error) {
      if (!(error instanceof Interrupted)) throw error;
      ended = "interrupted";
    }
    return { seen, sleeps, ended };
  }

  const appLog = () => {
    const fs = new MemoryFileSystem();
    fs.create("app.log", b(APP));
    return fs;
  };

  it("prints the tail, then the bytes appended, as they come", async () => {
    const fs = appLog();
    const { seen, ended } = await session(
      fs,
      "app.log",
      {
        1: () => fs.append("app.log", b("request 1 ok\n")),
        2: () => fs.append("app.log", b("request 2 ok\nrequest 3 ")),
        3: () => fs.append("app.log", b("failed\n")),
      },
      4,
      { selection: { lines: 1 } },
    );
    expect(seen).toEqual([
      [0, "out", "ready\n"],
      [1, "out", "request 1 ok\n"],
      [2, "out", "request 2 ok\nrequest 3 "],
      [3, "out", "failed\n"],
    ]);
    expect(ended).toBe("interrupted");
  });

  it("starts with the last 10 lines by default, and yields no empty chunk", async () => {
    const fs = new MemoryFileSystem();
    fs.create("numbers.txt", b(Array.from({ length: 12 }, (_, i) => `${i + 1}\n`).join("")));
    fs.create("empty.log");
    const numbers = await session(fs, "numbers.txt", {}, 1);
    expect(numbers.seen).toEqual([[0, "out", "3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"]]);
    const empty = await session(
      fs,
      "empty.log",
      { 2: () => fs.append("empty.log", b("first\n")) },
      3,
      {
        selection: { bytes: 3 },
      },
    );
    expect(empty.seen).toEqual([[2, "out", "first\n"]]);
  });

  it("reopens the name after 5 quiet polls and follows the new file from its first byte", async () => {
    const fs = appLog();
    const { seen } = await session(
      fs,
      "app.log",
      {
        1: () => fs.append("app.log", b("request 1 ok\n")),
        4: () => {
          fs.rename("app.log", "app.log.1");
          fs.create("app.log");
        },
        5: () => fs.append("app.log", b("request 2 ok\n")),
        12: () => fs.append("app.log", b("request 3 ok\n")),
      },
      13,
      { selection: { lines: 1 } },
    );
    expect(seen).toEqual([
      [0, "out", "ready\n"],
      [1, "out", "request 1 ok\n"],
      [6, "err", "tail: 'app.log' has been replaced;  following new file"],
      [7, "out", "request 2 ok\n"],
      [12, "out", "request 3 ok\n"],
    ]);
  });

  it("keeps reading the renamed file until it reopens the name", async () => {
    const fs = appLog();
    const { seen } = await session(
      fs,
      "app.log",
      {
        2: () => {
          fs.rename("app.log", "app.log.1");
          fs.create("app.log", b("new file\n"));
        },
        3: () => fs.append("app.log.1", b("late line\n")),
      },
      12,
      { selection: { lines: 0 } },
    );
    expect(seen).toEqual([
      [3, "out", "late line\n"],
      [8, "err", "tail: 'app.log' has been replaced;  following new file"],
      [9, "out", "new file\n"],
    ]);
  });

  it("reopens sooner with a smaller maxUnchangedStats", async () => {
    for (const [maxUnchangedStats, replacedAt] of [
      [0, 1],
      [2, 2],
    ] as const) {
      const fs = appLog();
      const { seen } = await session(
        fs,
        "app.log",
        {
          1: () => {
            fs.rename("app.log", "app.log.1");
            fs.create("app.log", b("new\n"));
          },
        },
        replacedAt + 1,
        { selection: { lines: 0 }, maxUnchangedStats },
      );
      expect(seen, `maxUnchangedStats ${maxUnchangedStats}`).toEqual([
        [replacedAt, "err", "tail: 'app.log' has been replaced;  following new file"],
        [replacedAt + 1, "out", "new\n"],
      ]);
    }
  });

  it("says when the file was truncated and reads it again from the start", async () => {
    const fs = appLog();
    const { seen } = await session(
      fs,
      "app.log",
      {
        2: () => fs.truncate("app.log"),
        3: () => fs.append("app.log", b("fresh start\n")),
        4: () => fs.truncate("app.log"),
        5: () => fs.append("app.log", b("again\n")),
      },
      6,
      { selection: { lines: 1 } },
    );
    expect(seen).toEqual([
      [0, "out", "ready\n"],
      [2, "err", "tail: app.log: file truncated"],
      [3, "out", "fresh start\n"],
      [4, "err", "tail: app.log: file truncated"],
      [5, "out", "again\n"],
    ]);
  });

  it("gives up when the name is gone at a reopen, and when it is missing from the start", async () => {
    const fs = appLog();
    const gone = await session(fs, "app.log", { 1: () => fs.rename("app.log", "old.log") }, 99, {
      selection: { lines: 0 },
    });
    expect(gone.seen).toEqual([
      [5, "err", "tail: app.log: No such file or directory"],
      [5, "err", "tail: no files remaining"],
    ]);
    expect(gone.ended).toBe("returned");
    expect(gone.sleeps).toEqual([1, 1, 1, 1, 1]);
    const missing = await session(new MemoryFileSystem(), "nope.log", {}, 99);
    expect(missing.seen).toEqual([
      [0, "err", "tail: cannot open 'nope.log' for reading: No such file or directory"],
      [0, "err", "tail: no files remaining"],
    ]);
    expect(missing.sleeps).toEqual([]);
  });

  it("stops at once when the consumer breaks out of for await", async () => {
    const fs = appLog();
    let sleeps = 0;
    const chunks = follow(fs, "app.log", {
      sleep: async () => {
        sleeps += 1;
        fs.append("app.log", b(`line ${sleeps}\n`));
      },
      selection: { lines: 1 },
    });
    const got: string[] = [];
    for await (const chunk of chunks) {
      got.push("stdout" in chunk ? text(chunk.stdout) : chunk.stderr);
      if (got.length === 3) break;
    }
    expect(got).toEqual(["ready\n", "line 1\n", "line 2\n"]);
    // break called return(): the generator is finished, and polls no more.
    expect(await chunks.next()).toEqual({ done: true, value: undefined });
    expect(sleeps).toBe(2);
  });

  it("ends with the very error its sleep throws", async () => {
    const fs = appLog();
    const stop = new Interrupted("^C");
    const chunks = follow(fs, "app.log", {
      sleep: () => Promise.reject(stop),
      selection: { lines: 1 },
    });
    expect(await chunks.next()).toEqual({ done: false, value: { stdout: b("ready\n") } });
    await expect(chunks.next()).rejects.toBe(stop);
  });

  /** The follower runs in the background; the test wakes it from each sleep and waits for the next. */
  class World {
    readonly out: number[] = [];
    readonly err: string[] = [];
    #wake: (() => void) | undefined;
    #interrupt: ((error: Error) => void) | undefined;
    #asleep: (() => void) | undefined;
    #running: Promise<void> = Promise.resolve();

    constructor(
      readonly fs: MemoryFileSystem,
      selection: Selection,
    ) {
      const sleep = () =>
        new Promise<void>((resolve, reject) => {
          this.#wake = resolve;
          this.#interrupt = reject;
          this.#asleep?.();
        });
      const asleep = this.#nextSleep();
      this.#running = (async () => {
        for await (const chunk of follow(fs, "app.log", { sleep, selection })) {
          if ("stdout" in chunk) this.out.push(...chunk.stdout);
          else this.err.push(chunk.stderr);
        }
      })().catch((error: unknown) => {
        if (!(error instanceof Interrupted)) throw error;
      });
      this.started = Promise.race([asleep, this.#running]);
    }

    readonly started: Promise<void>;

    #nextSleep(): Promise<void> {
      return new Promise((resolve) => {
        this.#asleep = resolve;
      });
    }

    /** One second passes: the follower wakes, polls, and is asleep again (or has ended). */
    async tick(): Promise<void> {
      const asleep = this.#nextSleep();
      this.#wake?.();
      await Promise.race([asleep, this.#running]);
    }

    async stop(): Promise<void> {
      this.#interrupt?.(new Interrupted());
      await this.#running;
    }
  }

  type Model = { content: number[]; out: number[]; err: string[] };

  const check = (m: Model, r: World) => {
    expect(r.out, "bytes printed so far").toEqual(m.out);
    expect(r.err, "stderr so far").toEqual(m.err);
  };

  class Append implements fc.AsyncCommand<Model, World> {
    constructor(readonly data: Uint8Array) {}
    check = () => true;
    async run(m: Model, r: World): Promise<void> {
      r.fs.append("app.log", this.data);
      m.content.push(...this.data);
      m.out.push(...this.data);
      await r.tick();
      check(m, r);
    }
    toString = () => `append([${[...this.data]}])`;
  }

  class Truncate implements fc.AsyncCommand<Model, World> {
    check = () => true;
    async run(m: Model, r: World): Promise<void> {
      r.fs.truncate("app.log");
      if (m.content.length > 0) m.err.push("tail: app.log: file truncated");
      m.content = [];
      await r.tick();
      check(m, r);
    }
    toString = () => "truncate()";
  }

  class Idle implements fc.AsyncCommand<Model, World> {
    check = () => true;
    async run(m: Model, r: World): Promise<void> {
      await r.tick();
      check(m, r);
    }
    toString = () => "idle()";
  }

  it("law: following a file yields exactly the bytes appended to it, once, and starts again after a truncation (model-based)", async () => {
    const commands = fc.commands(
      [
        fileBytes.map((data) => new Append(data)),
        fileBytes.map((data) => new Append(data)),
        fc.constant(new Truncate()),
        fc.constant(new Idle()),
      ],
      commandsReplay(),
    );
    await fc.assert(
      fc.asyncProperty(fileBytes, commands, async (initial, cmds) => {
        const fs = new MemoryFileSystem();
        fs.create("app.log", initial);
        // -n +1: the whole file first, so the model's output is every byte the file ever held.
        const world = new World(fs, { lines: "+1" });
        await world.started;
        const model: Model = { content: [...initial], out: [...initial], err: [] };
        check(model, world);
        await fc.asyncModelRun(() => ({ model, real: world }), cmds);
        await world.stop();
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/tail/original.py, line by line.
  const transcript = [
    "$ tail -n 2 app.log",
    "  warm up",
    "  ready",
    "$ tail -n +3 app.log",
    "  warm up",
    "  ready",
    "$ tail -c 3 menu.txt",
    "  é",
    "$ tail -c 2 menu.txt",
    "  \uFFFD",
    "$ tail -c +4 menu.txt",
    "  \uFFFDme brûlée",
    "  thé",
    "'thé' is 3 characters and 4 bytes",
    "$ tail -n 1 app.log gpu.log missing.log",
    "  ==> app.log <==",
    "  ready",
    "  ",
    "  ==> gpu.log <==",
    "  gpu1 util 12%⏎",
    "  (stderr) tail: cannot open 'missing.log' for reading: No such file or directory",
    "  exit status 1",
    "$ tail -n 1 --follow=name app.log",
    "  t=0s  ready",
    "  t=1s  request 1 ok",
    "  t=2s  request 2 ok",
    "  t=2s  request 3 ⏎",
    "  t=3s  failed",
    "  t=8s (stderr) tail: 'app.log' has been replaced;  following new file",
    "  t=9s  request 4 ok",
    "  t=12s  request 5 ok",
    "  t=14s (stderr) tail: app.log: file truncated",
    "  t=15s  fresh start",
    "  t=17s ^C",
  ];

  it("prints what original.py prints", async () => {
    expect(await demo()).toEqual(transcript);
  });

  it("prints the same lines when run twice (no state leaks between runs)", async () => {
    await demo();
    expect(await demo()).toEqual(transcript);
  });
});
