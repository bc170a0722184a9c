// tail, the reference: GNU tail's -n and -c over bytes, headers for several files, and
// --follow=name as an async generator over an injected file system and an injected sleep.

/** An open file: the inode a name pointed to when it was opened, even after a rename. */
export interface OpenFile {
  readonly inode: number;
  size(): number;
  /** A copy of the bytes from `start` to the end. */
  read(start: number): Uint8Array;
}

/** Whatever `tail` reads files from: `open` returns `undefined` for a name that does not exist. */
export interface FileSystem {
  open(name: string): OpenFile | undefined;
}

class MemoryFile implements OpenFile {
  data: Uint8Array = new Uint8Array();

  constructor(readonly inode: number) {}

  size(): number {
    return this.data.length;
  }

  read(start: number): Uint8Array {
    return this.data.slice(start);
  }
}

/**
 * Files in memory, by name; a name points to an inode, as on a disk.
 * @example const fs = new MemoryFileSystem(); fs.create("app.log", bytes("ready\n"));
 */
export class MemoryFileSystem implements FileSystem {
  readonly #names = new Map<string, MemoryFile>();
  #inodes = 0;

  /** A new file (a new inode) under `name`, replacing whatever the name pointed to. */
  create(name: string, data: Uint8Array = new Uint8Array()): void {
    const file = new MemoryFile(++this.#inodes);
    file.data = data.slice();
    this.#names.set(name, file);
  }

  /** Appends to the file the name points to, as `>>` does. */
  append(name: string, data: Uint8Array): void {
    const file = this.#file(name);
    file.data = concat([file.data, data]);
  }

  /** Empties the file the name points to, keeping its inode, as `: > name` does. */
  truncate(name: string): void {
    this.#file(name).data = new Uint8Array();
  }

  /** Moves the name, as `mv` does: whoever has the file open keeps reading the same inode. */
  rename(from: string, to: string): void {
    this.#names.set(to, this.#file(from));
    this.#names.delete(from);
  }

  open(name: string): OpenFile | undefined {
    return this.#names.get(name);
  }

  #file(name: string): MemoryFile {
    const file = this.#names.get(name);
    if (file === undefined) throw new Error(`no such file: ${name}`);
    return file;
  }
}

/** UTF-8 bytes of a string: `bytes("é").length // 2`, though `"é".length === 1`. */
export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** One Uint8Array from many: what Python's `b"".join(chunks)` does, without Node's Buffer. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `5` is `-n 5` (the last five); `"+5"` is `-n +5` (from the fifth on). */
export type Count = number | `+${number}`;

/** `-n` counts lines, `-c` bytes; exactly one of the two. */
export type Selection =
  | { readonly lines: Count; readonly bytes?: never }
  | { readonly bytes: Count; readonly lines?: never };

const NEWLINE = 0x0a;

function parseCount(count: Count, what: "lines" | "bytes"): { n: number; fromStart: boolean } {
  if (typeof count === "number") {
    if (Number.isSafeInteger(count) && count >= 0) return { n: count, fromStart: false };
  } else if (/^\+[0-9]+$/.test(count)) {
    // ASCII digits only: Python's str.isdigit() would also take "²" and "٣".
    return { n: Number(count), fromStart: true };
  }
  throw new RangeError(`invalid number of ${what}: '${count}'`);
}

/**
 * GNU `tail -n N`, `-n +N`, `-c N` or `-c +N` of a file's bytes (default: the last 10 lines).
 * @example tail(bytes("a\nb\nc"), { lines: 2 }) // the bytes of "b\nc"
 */
export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  if (selection.bytes !== undefined) {
    const { n, fromStart } = parseCount(selection.bytes, "bytes");
    // -c +0 is -c +1. And never data.slice(-n): with n = 0 that is slice(-0), the whole file,
    // just as Python's data[-0:] is.
    return data.slice(fromStart ? Math.max(n - 1, 0) : Math.max(data.length - n, 0));
  }
  const { n, fromStart } = parseCount(selection.lines, "lines");
  if (fromStart) {
    let start = 0;
    for (let line = 1; line < n; line++) {
      const newline = data.indexOf(NEWLINE, start);
      if (newline < 0) return new Uint8Array();
      start = newline + 1;
    }
    return data.slice(start);
  }
  // Only \n ends a line (bytes.splitlines() would also split at \r). The search starts before
  // the last byte: a final \n ends the last line, and any other last byte belongs to a last
  // line without a newline, which counts as a line too.
  let end = data.length - 1;
  for (let line = 0; line < n; line++) {
    // lastIndexOf(x, -1) would search from the last byte, not fail as rfind(x, 0, 0) does.
    end = end === 0 ? -1 : data.lastIndexOf(NEWLINE, end - 1);
    if (end < 0) return data.slice();
  }
  return data.slice(end + 1);
}

function cannotOpen(name: string): string {
  return `tail: cannot open '${name}' for reading: No such file or directory`;
}

/** What `tail` writes: bytes to stdout, lines to stderr, and its exit status. */
export interface TailResult {
  readonly stdout: Uint8Array;
  readonly stderr: readonly string[];
  readonly status: 0 | 1;
}

/**
 * `tail a b c`: with more than one name, each file's tail under a GNU `==> name <==` header.
 * @example tailFiles(fs, ["a.log", "b.log"], { lines: 1 }).stdout // "==> a.log <==\n…\n\n==> b.log <==\n…"
 */
export function tailFiles(
  fs: FileSystem,
  names: readonly string[],
  selection?: Selection,
): TailResult {
  const chunks: Uint8Array[] = [];
  const stderr: string[] = [];
  for (const name of names) {
    const file = fs.open(name);
    if (file === undefined) {
      stderr.push(cannotOpen(name));
      continue;
    }
    // GNU writes the blank line before every header but the first one it writes.
    if (names.length > 1) chunks.push(bytes(`${chunks.length > 0 ? "\n" : ""}==> ${name} <==\n`));
    chunks.push(tail(file.read(0), selection));
  }
  return { stdout: concat(chunks), stderr, status: stderr.length > 0 ? 1 : 0 };
}

/** One piece of `tail -f` output: bytes for stdout, or a line for stderr. */
export type Chunk = { readonly stdout: Uint8Array } | { readonly stderr: string };

/** The sleep between polls (GNU: 1 second), what to print first, and how often to reopen. */
export interface FollowOptions {
  readonly sleep: (seconds: number) => Promise<void>;
  readonly selection?: Selection;
  /** Reopen the name after this many polls in a row found nothing new (GNU default 5). */
  readonly maxUnchangedStats?: number;
}

/**
 * `tail --follow=name`: the file's tail, then what is appended, across rotations; polls until
 * the consumer stops (`break`) or `sleep` throws.
 * @example for await (const chunk of follow(fs, "app.log", { sleep })) print(chunk);
 */
export async function* follow(
  fs: FileSystem,
  name: string,
  { sleep, selection, maxUnchangedStats = 5 }: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  let file = fs.open(name);
  if (file === undefined) {
    yield { stderr: cannotOpen(name) };
    yield { stderr: "tail: no files remaining" };
    return;
  }
  const first = tail(file.read(0), selection);
  if (first.length > 0) yield { stdout: first };
  let position = file.size();
  let unchanged = 0;
  while (true) {
    const size = file.size();
    let read = false;
    if (size === position) {
      if (unchanged < maxUnchangedStats) unchanged += 1;
      else {
        // Quiet for a while: has the name moved on to another file (a rotated log)?
        unchanged = 0;
        const now = fs.open(name);
        if (now === undefined) {
          yield { stderr: `tail: ${name}: No such file or directory` };
          yield { stderr: "tail: no files remaining" };
          return;
        }
        if (now.inode !== file.inode) {
          yield { stderr: `tail: '${name}' has been replaced;  following new file` };
          file = now;
          position = 0;
        }
      }
    } else {
      unchanged = 0;
      if (size < position) {
        yield { stderr: `tail: ${name}: file truncated` };
        position = 0;
      }
      const chunk = file.read(position);
      position += chunk.length;
      if (chunk.length > 0) {
        yield { stdout: chunk };
        read = true;
      }
    }
    // GNU polls again at once after reading something, and sleeps only when a poll was empty.
    if (!read) await sleep(1);
  }
}

/** Bytes as transcript lines; a character cut in half shows as U+FFFD, a missing final \n as ⏎. */
function show(data: Uint8Array): string[] {
  // TextDecoder replaces what is not UTF-8, as Python's decode(errors="replace") does.
  const lines = new TextDecoder().decode(data).split("\n");
  if (lines.at(-1) === "") lines.pop();
  else lines[lines.length - 1] += "⏎";
  return lines.map((line) => `  ${line}`);
}

class Interrupted extends Error {}

/** The lines `original.py` prints, in order: `(await demo())[0] // "$ tail -n 2 app.log"`. */
export async function demo(): Promise<string[]> {
  const lines: string[] = [];
  const files = {
    "app.log": bytes("boot\nload model\nwarm up\nready\n"),
    "menu.txt": bytes("crème brûlée\nthé\n"),
    "gpu.log": bytes("gpu0 util 97%\ngpu1 util 12%"),
  };
  const fs = new MemoryFileSystem();
  for (const [name, data] of Object.entries(files)) fs.create(name, data);
  const runs: [string, keyof typeof files, Selection][] = [
    ["-n 2", "app.log", { lines: 2 }],
    ["-n +3", "app.log", { lines: "+3" }],
    ["-c 3", "menu.txt", { bytes: 3 }],
    ["-c 2", "menu.txt", { bytes: 2 }],
    ["-c +4", "menu.txt", { bytes: "+4" }],
  ];
  for (const [flags, name, selection] of runs) {
    lines.push(`$ tail ${flags} ${name}`, ...show(tail(files[name], selection)));
  }
  lines.push(`'thé' is ${"thé".length} characters and ${bytes("thé").length} bytes`);
  lines.push("$ tail -n 1 app.log gpu.log missing.log");
  const { stdout, stderr, status } = tailFiles(fs, ["app.log", "gpu.log", "missing.log"], {
    lines: 1,
  });
  lines.push(...show(stdout), ...stderr.map((e) => `  (stderr) ${e}`), `  exit status ${status}`);

  lines.push("$ tail -n 1 --follow=name app.log");
  let clock = 0;
  const script = new Map<number, () => void>([
    [1, () => fs.append("app.log", bytes("request 1 ok\n"))],
    [2, () => fs.append("app.log", bytes("request 2 ok\nrequest 3 "))],
    [3, () => fs.append("app.log", bytes("failed\n"))],
    [
      4,
      () => {
        fs.rename("app.log", "app.log.1"); // logrotate: move the log away, start a new one
        fs.create("app.log");
      },
    ],
    [5, () => fs.append("app.log", bytes("request 4 ok\n"))],
    [12, () => fs.append("app.log", bytes("request 5 ok\n"))],
    [14, () => fs.truncate("app.log")],
    [15, () => fs.append("app.log", bytes("fresh start\n"))],
  ]);
  const sleep = async (seconds: number) => {
    clock += seconds;
    if (clock > 16) throw new Interrupted(); // Ctrl-C, while tail sleeps
    script.get(clock)?.();
  };
  try {
    for await (const chunk of follow(fs, "app.log", { sleep, selection: { lines: 1 } })) {
      if ("stdout" in chunk)
        lines.push(...show(chunk.stdout).map((line) => `  t=${clock}s${line}`));
      else lines.push(`  t=${clock}s (stderr) ${chunk.stderr}`);
    }
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    lines.push(`  t=${clock}s ^C`);
  }
  return lines;
}
