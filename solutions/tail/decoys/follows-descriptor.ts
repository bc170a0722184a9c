// Mistake: `tail -f` by descriptor, never by name. It keeps reading the inode it opened, so
// after logrotate moves the log away it follows the old file forever and never sees the new one.
export * from "../tail.ts";

import { type Chunk, type FileSystem, type FollowOptions, tail } from "../tail.ts";

export async function* follow(
  fs: FileSystem,
  name: string,
  { sleep, selection }: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  const file = fs.open(name);
  if (file === undefined) {
    yield { stderr: `tail: cannot open '${name}' for reading: No such file or directory` };
    yield { stderr: "tail: no files remaining" };
    return;
  }
  const first = tail(file.read(0), selection);
  if (first.length > 0) yield { stdout: first };
  let position = file.size();
  while (true) {
    const size = file.size();
    if (size < position) {
      yield { stderr: `tail: ${name}: file truncated` };
      position = 0;
    }
    const chunk = file.read(position);
    position += chunk.length;
    if (chunk.length > 0) yield { stdout: chunk };
    else await sleep(1);
  }
}
