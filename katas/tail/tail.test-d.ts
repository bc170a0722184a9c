import { expectTypeOf } from "vitest";
import {
  type Chunk,
  type Count,
  type FileSystem,
  follow,
  MemoryFileSystem,
  type Selection,
  type TailResult,
  tail,
  tailFiles,
} from "#kata/tail";

const data = new Uint8Array([0x61, 0x0a]);

// A count is a number (-n 5) or a plus sign and digits (-n +5), as on GNU tail's command line.
tail(data, { lines: 5 });
tail(data, { lines: "+5" });
tail(data, { bytes: "+0" });
expectTypeOf<"+12">().toExtend<Count>();
// @ts-expect-error: "5" without its plus sign is not a count; write the number 5.
tail(data, { lines: "5" });

// Lines or bytes, never both: -n and -c are one choice.
// @ts-expect-error: a selection has lines or bytes, not both.
tail(data, { lines: 1, bytes: 1 });
// @ts-expect-error: an empty selection says nothing; leave it out for the default.
tail(data, {} satisfies Selection);

// tail works on bytes, not strings.
// @ts-expect-error: a string is UTF-16; encode it with TextEncoder first.
tail("ready\n", { lines: 1 });
expectTypeOf(tail(data)).toEqualTypeOf<Uint8Array>();

// The file system is an interface: any object that can open names will do.
expectTypeOf<MemoryFileSystem>().toExtend<FileSystem>();
expectTypeOf(tailFiles).returns.toEqualTypeOf<TailResult>();
expectTypeOf<TailResult["status"]>().toEqualTypeOf<0 | 1>();
// @ts-expect-error: names are a list, even for one file.
tailFiles(new MemoryFileSystem(), "app.log");

// follow is an async iterator of chunks, for `for await`.
const chunks = follow(new MemoryFileSystem(), "app.log", { sleep: async () => {} });
expectTypeOf(chunks).toExtend<AsyncIterable<Chunk>>();
// @ts-expect-error: no default sleep: the clock is injected, so tests never wait a real second.
follow(new MemoryFileSystem(), "app.log", {});

// A chunk is stdout bytes or a stderr line; `in` narrows it.
declare const chunk: Chunk;
if ("stdout" in chunk) expectTypeOf(chunk.stdout).toEqualTypeOf<Uint8Array>();
else expectTypeOf(chunk.stderr).toEqualTypeOf<string>();
