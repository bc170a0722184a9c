// tail kata: port tail, tail_files and follow from original.py. Read README.md (or
// README.zh-CN.md) first, then run `npx kata test tail`. The in-memory file system and the
// types are given; replace each `throw` below with your code.

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
    const grown = new Uint8Array(file.data.length + data.length);
    grown.set(file.data);
    grown.set(data, file.data.length);
    file.data = grown;
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

/** `5` is `-n 5` (the last five); `"+5"` is `-n +5` (from the fifth on). */
export type Count = number | `+${number}`;

/** `-n` counts lines, `-c` bytes; exactly one of the two. */
export type Selection =
  | { readonly lines: Count; readonly bytes?: never }
  | { readonly bytes: Count; readonly lines?: never };

/**
 * GNU `tail -n N`, `-n +N`, `-c N` or `-c +N` of a file's bytes (default: the last 10 lines).
 * @example tail(bytes("a\nb\nc"), { lines: 2 }) // the bytes of "b\nc"
 */
export function tail(data: Uint8Array, selection: Selection = { lines: 10 }): Uint8Array {
  // TODO step 1 (lines): -n N and -n +N, counting \n bytes only.
  // TODO step 2 (bytes): -c N and -c +N.
  throw new Error("TODO step 1 (lines): implement tail");
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
  // TODO step 3 (headers)
  throw new Error("TODO step 3 (headers): implement tailFiles");
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
export function follow(
  fs: FileSystem,
  name: string,
  options: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  // TODO step 4 (follow): make this an async generator, `export async function* follow(...)`,
  // that `yield`s chunks and awaits `options.sleep(1)` after a poll that found nothing.
  throw new Error("TODO step 4 (follow): implement follow");
}

/** The lines `original.py` prints, in order. */
export async function demo(): Promise<string[]> {
  // TODO step 5 (transcript)
  throw new Error("TODO step 5 (transcript): implement demo");
}
